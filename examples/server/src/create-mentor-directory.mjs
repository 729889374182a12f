// @ts-check
import { readFileSync } from 'node:fs';
import { toPublicMentors, validateMentors } from '@mentor-finder/matcher';

/**
 * @typedef {import('@mentor-finder/matcher').Mentor} Mentor
 * @typedef {import('@mentor-finder/matcher').Programme} Programme
 * @typedef {import('@mentor-finder/matcher').ValidationError} ValidationError
 *
 * @typedef {object} MentorDirectory
 * @property {string} publicJson the public projection, served as /mentors.public.json
 * @property {number} publicCount
 * @property {number} totalCount
 * @property {ValidationError[]} errors records that failed validation (left out)
 * @property {(id: string) => { mentor: Mentor, programme: Programme | undefined } | undefined} findPublished
 */

/**
 * Server-side view of the mentor file: full records stay here (for the private e-mail
 * and current mentee count); only the public projection is ever serialised for browsers.
 * @param {{ mentors: unknown, programmes?: unknown }} data
 * @returns {MentorDirectory}
 */
export function createMentorDirectory({ mentors, programmes = [] }) {
  const { valid, errors } = validateMentors(mentors);
  const published = toPublicMentors(valid);
  const publishedIds = new Set(published.map((m) => m.id));
  /** @type {Map<string, Mentor>} */
  const byId = new Map(valid.filter((m) => publishedIds.has(m.id)).map((m) => [m.id, m]));
  /** @type {Map<string, Programme>} */
  const programmeById = new Map(
    (Array.isArray(programmes) ? /** @type {Programme[]} */ (programmes) : []).map((p) => [p.id, p]),
  );
  return {
    publicJson: JSON.stringify(published),
    publicCount: published.length,
    totalCount: Array.isArray(mentors) ? mentors.length : 0,
    errors,
    findPublished(id) {
      const mentor = byId.get(id);
      return mentor ? { mentor, programme: programmeById.get(mentor.programmeId) } : undefined;
    },
  };
}

/**
 * @param {{ mentorsFile: string, programmesFile?: string | undefined }} files
 * @returns {MentorDirectory}
 */
export function loadMentorDirectory({ mentorsFile, programmesFile }) {
  const mentors = JSON.parse(readFileSync(mentorsFile, 'utf8'));
  const programmes = programmesFile ? JSON.parse(readFileSync(programmesFile, 'utf8')) : [];
  return createMentorDirectory({ mentors, programmes });
}

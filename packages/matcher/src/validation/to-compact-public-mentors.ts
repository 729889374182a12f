import type { PublicMentor } from '../model/mentor.js';
import { COMPACT_PUBLIC_MENTORS_FORMAT, type CompactPublicMentors } from './compact-public-mentors.js';

/**
 * Packs public mentors (the output of `toPublicMentors`) into the compact form. Fields appear in
 * the order first seen; the input is not changed.
 */
export function toCompactPublicMentors(mentors: readonly PublicMentor[]): CompactPublicMentors {
  const fields: string[] = [];
  const seen = new Set<string>();
  for (const mentor of mentors) {
    for (const key of Object.keys(mentor)) {
      if (!seen.has(key)) {
        seen.add(key);
        fields.push(key);
      }
    }
  }
  const rows = mentors.map((mentor) => {
    const record = mentor as unknown as Record<string, unknown>;
    return fields.map((field) => (Object.hasOwn(record, field) && record[field] !== undefined ? record[field] : null));
  });
  return { format: COMPACT_PUBLIC_MENTORS_FORMAT, fields, rows };
}

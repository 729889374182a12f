// @ts-check
import { readFileSync } from 'node:fs';
import { toPublicMentors, validateMentors } from '@mentor-finder/matcher';

/**
 * @typedef {import('@mentor-finder/matcher').Mentor} Mentor
 * @typedef {import('@mentor-finder/matcher').Programme} Programme
 * @typedef {import('@mentor-finder/matcher').ValidationError} ValidationError
 * @typedef {{ current_mentees: number, accepting_requests: number, paused_at: string | null }} MentorStateRow
 * @typedef {{ answered: number, medianDays?: number, medianDaysToAnswer?: number }} MentorReplyStats
 * @typedef {() => ReadonlyMap<string, MentorReplyStats>} ReplyStats per mentor id
 *
 * @typedef {object} MentorDirectory
 * @property {() => string} publicJson the public projection, served as /mentors.public.json
 * @property {() => void} invalidate mentor_state changed: recompute on next read
 * @property {(id: string) => Mentor | undefined} findMentor full record with live capacity, published or not
 * @property {(id: string) => { mentor: Mentor, programme: Programme | undefined } | undefined} findPublished
 * @property {(id: string) => Programme | undefined} findProgramme
 * @property {() => readonly Programme[]} listProgrammes programmes hold rules and vocabularies, nothing personal
 * @property {() => readonly Mentor[]} listMentors full records with live capacity
 * @property {number} totalCount
 * @property {() => number} publicCount
 * @property {ValidationError[]} errors records that failed validation (left out)
 */

/**
 * Server-side view of the mentor file: the full records (with private e-mails) stay here,
 * merged with the live capacity in mentor_state; only the public projection is serialised.
 * `approvedMentors`: mentors approved from registrations, published beside the file's (read again on each invalidate).
 * @param {{ db: import('better-sqlite3').Database, mentors: unknown, programmes?: unknown, replyStats?: ReplyStats, approvedMentors?: () => readonly Mentor[] }} input
 * @returns {MentorDirectory}
 */
export function createMentorDirectory({ db, mentors, programmes = [], replyStats, approvedMentors }) {
  const { valid, errors } = validateMentors(mentors);
  const programmeList = Array.isArray(programmes) ? /** @type {Programme[]} */ (programmes) : [];
  /** @type {Map<string, Programme>} */
  const programmeById = new Map(programmeList.map((p) => [p.id, p]));
  seedMentorState(db, valid);
  const readState = db.prepare('SELECT mentor_id, current_mentees, accepting_requests, paused_at FROM mentor_state');

  /** @type {{ mentors: Mentor[], byId: Map<string, Mentor>, published: Set<string>, json: string } | undefined} */
  let view;
  const current = () => {
    if (view) return view;
    /** @type {Map<string, MentorStateRow>} */
    const state = new Map(readState.all().map((row) => [/** @type {any} */ (row).mentor_id, /** @type {MentorStateRow} */ (row)]));
    const merged = (approvedMentors ? [...valid, ...approvedMentors()] : valid).map((mentor) => withState(mentor, state.get(mentor.id)));
    const publicView = publicMentors(merged, programmeList, replyStats?.());
    view = {
      mentors: merged,
      byId: new Map(merged.map((m) => [m.id, m])),
      published: new Set(publicView.map((m) => m.id)),
      json: JSON.stringify(publicView),
    };
    return view;
  };

  return {
    publicJson: () => current().json,
    invalidate() {
      view = undefined;
    },
    findMentor: (id) => current().byId.get(id),
    findPublished(id) {
      const { byId, published } = current();
      const mentor = published.has(id) ? byId.get(id) : undefined;
      return mentor ? { mentor, programme: programmeById.get(mentor.programmeId) } : undefined;
    },
    findProgramme: (id) => programmeById.get(id),
    listProgrammes: () => programmeList,
    listMentors: () => current().mentors,
    totalCount: Array.isArray(mentors) ? mentors.length : 0,
    publicCount: () => current().published.size,
    errors,
  };
}

/**
 * The matcher's public view. Programmes and reply statistics go along for the options the
 * public view takes (whether a mentor takes requests here, how soon they usually answer).
 * @param {Mentor[]} mentors
 * @param {Programme[]} programmes
 * @param {ReturnType<ReplyStats> | undefined} stats
 */
function publicMentors(mentors, programmes, stats) {
  if (!stats) return toPublicMentors(mentors, { programmes });
  /** @type {Map<string, import('@mentor-finder/matcher').ReplyStats>} */
  const replyStats = new Map();
  for (const [id, s] of stats) {
    const median = s.medianDaysToAnswer ?? s.medianDays;
    if (typeof median === 'number') replyStats.set(id, { answered: s.answered, medianDaysToAnswer: median });
  }
  return toPublicMentors(mentors, { programmes, replyStats });
}

/**
 * @param {Mentor} mentor
 * @param {MentorStateRow | undefined} state
 * @returns {Mentor}
 */
function withState(mentor, state) {
  if (!state) return mentor;
  return {
    ...mentor,
    capacity: { ...mentor.capacity, currentMentees: state.current_mentees, acceptingRequests: state.accepting_requests === 1 },
  };
}

/**
 * Rows for mentors the state table does not know yet; known mentors keep their live state.
 * @param {import('better-sqlite3').Database} db
 * @param {readonly Mentor[]} mentors
 */
function seedMentorState(db, mentors) {
  const insert = db.prepare('INSERT INTO mentor_state (mentor_id, current_mentees, accepting_requests) VALUES (?, ?, ?) ON CONFLICT (mentor_id) DO NOTHING');
  db.transaction(() => {
    for (const m of mentors) insert.run(m.id, Math.max(0, m.capacity.currentMentees), m.capacity.acceptingRequests ? 1 : 0);
  })();
}

/**
 * @param {{ db: import('better-sqlite3').Database, mentorsFile: string, programmesFile?: string | undefined, replyStats?: ReplyStats, approvedMentors?: () => readonly Mentor[] }} input
 * @returns {MentorDirectory}
 */
export function loadMentorDirectory({ db, mentorsFile, programmesFile, replyStats, approvedMentors }) {
  const mentors = readJson(mentorsFile, 'MF_MENTORS_FILE');
  const programmes = programmesFile ? readJson(programmesFile, 'MF_PROGRAMMES_FILE') : [];
  return createMentorDirectory({ db, mentors, programmes, ...(replyStats ? { replyStats } : {}), ...(approvedMentors ? { approvedMentors } : {}) });
}

/** @param {string} file @param {string} setting */
function readJson(file, setting) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${setting}: cannot read ${file} as JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

// @ts-check
import { readFileSync } from 'node:fs';
import { verifyLink } from '../../links/answer-links.js';
import { openMigratedDatabase } from '../../mail/testing/open-migrated-database.js';
import { relayRequest } from '../request-answers.js';

/** Sample mentors and programmes, a migrated database and a movable clock for answer tests. */
/** @type {import('@mentor-finder/matcher').Mentor[]} */
export const MENTORS = JSON.parse(readFileSync(new URL('../../../../../../shared/data/mentors.json', import.meta.url), 'utf8'));
/** @type {import('@mentor-finder/matcher').Programme[]} */
export const PROGRAMMES = JSON.parse(readFileSync(new URL('../../../../../../shared/data/programmes.json', import.meta.url), 'utf8'));
export const SECRET = 'test-secret-test-secret-test-secret';
export const DAY = 86_400_000;
export const T0 = Date.UTC(2026, 1, 2, 9, 0);

/** @param {{ mentors?: import('@mentor-finder/matcher').Mentor[], programmes?: import('@mentor-finder/matcher').Programme[] }} [options] */
export function setUp({ mentors = MENTORS, programmes = PROGRAMMES } = {}) {
  const db = openMigratedDatabase();
  let now = T0;
  const invalidations = { count: 0 };
  const insertState = db.prepare('INSERT INTO mentor_state (mentor_id, current_mentees, accepting_requests) VALUES (?, ?, ?)');
  for (const m of mentors) insertState.run(m.id, m.capacity.currentMentees, m.capacity.acceptingRequests ? 1 : 0);
  const ctx = {
    db,
    clock: { now: () => now },
    config: { publicBaseUrl: 'https://mentors.example.org/', secret: SECRET, replyWindowDays: 14 },
    findMentor: (/** @type {string} */ id) => mentors.find((m) => m.id === id),
    listMentors: () => mentors,
    findProgramme: (/** @type {string} */ id) => programmes.find((p) => p.id === id),
    directory: { invalidate: () => void invalidations.count++ },
  };
  /** @param {string} mentorId @param {string} [id] @param {object} [extra] */
  function relay(mentorId, id = `req-${mentorId}`, extra = {}) {
    const mentor = /** @type {import('@mentor-finder/matcher').Mentor} */ (ctx.findMentor(mentorId));
    db.prepare('INSERT INTO contact_requests (id) VALUES (?)').run(id);
    relayRequest(ctx, {
      request: {
        id,
        receivedAt: now,
        sender: { name: 'Piret Proov', email: 'piret.proov@example.org', country: 'EE', languages: ['et', 'en'] },
        message: { text: 'I would like help with partner finding for a new project.', lang: 'en' },
        topics: ['partner-finding'],
        client: { locale: 'et' },
        ...extra,
      },
      mentor,
      programme: ctx.findProgramme(mentor.programmeId),
    });
    const mail = /** @type {{ text: string }} */ (db.prepare(`SELECT text FROM mail_outbox WHERE request_id = ? AND kind IN ('mentor-request')`).get(id));
    /** @param {string} purpose */
    const link = (purpose) => {
      const tokens = [...mail.text.matchAll(/\/answer\?t=([A-Za-z0-9_.-]+)/g)].map((m) => m[1]);
      const token = tokens[['accept', 'decline', 'pause'].indexOf(purpose)];
      const check = verifyLink(SECRET, token, now);
      if (!check.ok) throw new Error(`link ${purpose}: ${check.code}`);
      return check.link;
    };
    return { accept: link('accept'), decline: link('decline'), pause: link('pause') };
  }
  /** Everything an answer could change. */
  const snapshot = () => ({
    answers: db.prepare('SELECT * FROM request_answers ORDER BY request_id').all(),
    state: db.prepare('SELECT * FROM mentor_state ORDER BY mentor_id').all(),
    requests: db.prepare('SELECT * FROM contact_requests ORDER BY id').all(),
    uses: db.prepare('SELECT * FROM link_uses ORDER BY nonce').all(),
    mails: db.prepare('SELECT id, kind, request_id, status FROM mail_outbox ORDER BY id').all(),
  });
  return { db, ctx, relay, snapshot, invalidations, advance: (/** @type {number} */ ms) => (now += ms), now: () => now };
}

/** @param {import('better-sqlite3').Database} db @param {string} kind */
export const mailsOf = (db, kind) => /** @type {{ recipient: string, language: string, subject: string, text: string, request_id: string }[]} */ (db.prepare('SELECT * FROM mail_outbox WHERE kind = ? ORDER BY id').all(kind));

// @ts-check
import { readFileSync } from 'node:fs';
import { createContactRequestStore } from '../src/create-contact-request-store.mjs';
import { createMailOutbox } from '../src/create-mail-outbox.mjs';
import { createMentorDirectory } from '../src/create-mentor-directory.mjs';
import { createRateLimiter } from '../src/create-rate-limiter.mjs';
import { openDatabase } from '../src/open-database.mjs';
import { DEFAULT_SERVER_OPTIONS, programmesFileOf } from '../src/server-options.mjs';

/** The shared sample data (synthetic people). */
export function loadSampleData() {
  const mentors = JSON.parse(readFileSync(DEFAULT_SERVER_OPTIONS.mentorsFile, 'utf8'));
  const programmes = JSON.parse(readFileSync(programmesFileOf(DEFAULT_SERVER_OPTIONS), 'utf8'));
  return { mentors, programmes };
}

/**
 * Handler context over an in-memory SQLite database, the sample mentors and a manual clock.
 * @param {{ burst?: number, perMinute?: number }} [rateLimit]
 */
export function openTestContext(rateLimit = { burst: 1000, perMinute: 1000 }) {
  const db = openDatabase(':memory:');
  const store = createContactRequestStore(db, { outbox: createMailOutbox(db) });
  const clock = { ms: Date.parse('2026-02-10T09:00:00Z') };
  const rateLimiter = createRateLimiter({ ...rateLimit, now: () => clock.ms });
  const directory = createMentorDirectory(loadSampleData());
  return { db, store, directory, rateLimiter, clock, now: () => new Date(clock.ms) };
}

// @ts-check
import { readdirSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';

const MIGRATIONS = new URL('../../db/migrations/', import.meta.url);

// The tables of migration 001 that the answers touch, as the server's brief defines them; used
// only while 001 itself is not in the folder.
const TABLES_OF_001 = `
CREATE TABLE contact_requests (id TEXT PRIMARY KEY, status TEXT NOT NULL DEFAULT 'received');
CREATE TABLE mentor_state (mentor_id TEXT PRIMARY KEY, current_mentees INTEGER NOT NULL, accepting_requests INTEGER NOT NULL, paused_at TEXT);
`;

/**
 * A database with every migration of the server applied in order, for unit tests; in memory
 * unless a file is named.
 * @param {string} [file]
 * @returns {import('better-sqlite3').Database}
 */
export function openMigratedDatabase(file = ':memory:') {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  const files = readdirSync(MIGRATIONS).filter((name) => /^\d{3}-.+\.sql$/.test(name)).sort();
  if (!files.some((name) => name.startsWith('001-'))) db.exec(TABLES_OF_001);
  for (const name of files) db.exec(readFileSync(new URL(name, MIGRATIONS), 'utf8'));
  return db;
}

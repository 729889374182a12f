// @ts-check
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export const DATABASE_FILE_NAME = 'mentor-finder.sqlite';

/**
 * Opens (and creates) the service's SQLite file: WAL so readers never wait for the writer,
 * foreign keys on, and a busy timeout so a second process (`migrate`, a backup) waits instead of failing.
 * @param {string} dataDir folder of the database file, or ':memory:'
 * @returns {import('better-sqlite3').Database}
 */
export function openDatabase(dataDir) {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    file = join(dataDir, DATABASE_FILE_NAME);
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

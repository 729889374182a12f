// @ts-check
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ConfigError } from '../config/load-config.js';

export const DATABASE_FILE_NAME = 'mentor-finder.sqlite';

/**
 * Opens (and creates) the service's SQLite file: WAL so readers never wait for the writer,
 * foreign keys on, and a busy timeout so a second process (`migrate`, a backup) waits instead of failing.
 * @param {string} dataDir folder of the database file, or ':memory:'
 * @returns {import('better-sqlite3').Database}
 */
export function openDatabase(dataDir) {
  if (dataDir === ':memory:') return configure(new Database(':memory:'));
  const file = join(dataDir, DATABASE_FILE_NAME);
  try {
    // Personal data: only the service's user may read the folder and the file (SQLite gives the
    // WAL and shared-memory files the database file's mode).
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    closeSync(openSync(file, 'a', 0o600));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError('MF_DATA_DIR', `${dataDir}: ${reason} (the service's user must be able to create and write files in this folder)`);
  }
  // SQLite's own errors (a lock held by a backup, a file that is not a database) stay as they are.
  const db = new Database(file);
  try {
    return configure(db);
  } catch (error) {
    db.close();
    throw error;
  }
}

/** @param {import('better-sqlite3').Database} db */
function configure(db) {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

// @ts-check
import Database from 'better-sqlite3';
import { runMigrations } from '../../db/run-migrations.js';

/**
 * A database with the server's migrations applied by its own runner, for tests; in memory
 * unless a file is named.
 * @param {string} [file]
 * @returns {import('better-sqlite3').Database}
 */
export function openMigratedDatabase(file = ':memory:') {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  runMigrations(db);
  return db;
}

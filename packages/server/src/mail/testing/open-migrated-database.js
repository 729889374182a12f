// @ts-check
import { readdirSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';

const MIGRATIONS = new URL('../../db/migrations/', import.meta.url);

/**
 * An in-memory database with every migration of the server applied in order, for unit tests.
 * @returns {import('better-sqlite3').Database}
 */
export function openMigratedDatabase() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  const files = readdirSync(MIGRATIONS).filter((name) => /^\d{3}-.+\.sql$/.test(name)).sort();
  for (const name of files) db.exec(readFileSync(new URL(name, MIGRATIONS), 'utf8'));
  return db;
}

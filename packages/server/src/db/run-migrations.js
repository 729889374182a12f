// @ts-check
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const MIGRATION_FILE = /^(\d{3})-[a-z0-9-]+\.sql$/;

/**
 * @typedef {{ version: number, name: string, sql: string }} Migration
 */

/**
 * The migration files in order: `NNN-name.sql`, numbered from 001 without gaps.
 * @param {string} [dir]
 * @returns {Migration[]}
 */
export function listMigrations(dir = MIGRATIONS_DIR) {
  const files = readdirSync(dir).filter((name) => MIGRATION_FILE.test(name)).sort();
  return files.map((name, index) => {
    const version = Number(/** @type {RegExpExecArray} */ (MIGRATION_FILE.exec(name))[1]);
    if (version !== index + 1) throw new Error(`migration ${name}: expected number ${String(index + 1).padStart(3, '0')} (no gaps, no duplicates)`);
    return { version, name, sql: readFileSync(join(dir, name), 'utf8') };
  });
}

/** @param {import('better-sqlite3').Database} db */
function ensureTable(db) {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    applied_at TEXT    NOT NULL
  )`);
}

/**
 * Versions already applied.
 * @param {import('better-sqlite3').Database} db
 * @returns {number[]}
 */
export function appliedVersions(db) {
  ensureTable(db);
  return db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all().map(Number);
}

/**
 * Applies the migrations the database does not have yet, each in its own transaction with its
 * row in schema_migrations, so a failed migration leaves the schema at the previous version.
 * @param {import('better-sqlite3').Database} db
 * @param {{ dir?: string, now?: () => Date }} [options]
 * @returns {{ applied: string[], version: number }}
 */
export function runMigrations(db, { dir = MIGRATIONS_DIR, now = () => new Date() } = {}) {
  const migrations = listMigrations(dir);
  const done = new Set(appliedVersions(db));
  const newest = Math.max(0, ...done);
  const known = migrations.length;
  if (newest > known) throw new Error(`the database is at schema version ${newest}, newer than this server (${known}); run the newer server`);
  /** @type {string[]} */
  const applied = [];
  for (const migration of migrations) {
    if (done.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(migration.version, migration.name, now().toISOString());
    }).immediate();
    applied.push(migration.name);
  }
  return { applied, version: known };
}

/**
 * True when every migration file has been applied (the readiness check).
 * @param {import('better-sqlite3').Database} db
 * @param {string} [dir]
 */
export function migrationsCurrent(db, dir = MIGRATIONS_DIR) {
  const have = db.prepare('SELECT count(*) FROM schema_migrations').pluck().get();
  return have === listMigrations(dir).length;
}

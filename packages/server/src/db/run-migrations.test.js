// @ts-check
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './open-database.js';
import { listMigrations, MIGRATIONS_DIR, migrationsCurrent, runMigrations } from './run-migrations.js';

/** @param {import('better-sqlite3').Database} db */
const tables = (db) => db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();

/** A folder holding the first `count` migrations of the server. @param {number} count */
function olderMigrations(count) {
  const dir = mkdtempSync(join(tmpdir(), 'mf-migrations-'));
  for (const { name } of listMigrations().slice(0, count)) copyFileSync(join(MIGRATIONS_DIR, name), join(dir, name));
  return dir;
}

describe('runMigrations', () => {
  it('creates the schema on a fresh database and records each version', () => {
    const db = openDatabase(':memory:');
    const { applied, version } = runMigrations(db);
    expect(applied).toEqual(listMigrations().map((m) => m.name));
    expect(version).toBe(listMigrations().length);
    expect(tables(db)).toEqual(expect.arrayContaining(['contact_requests', 'mentor_state', 'schema_migrations']));
    expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual(listMigrations().map((m) => m.version));
    expect(migrationsCurrent(db)).toBe(true);
    expect(runMigrations(db).applied).toEqual([]);
  });

  it('upgrades a database of an older schema version and keeps its rows', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mf-db-'));
    const old = openDatabase(dataDir);
    runMigrations(old, { dir: olderMigrations(1) });
    old.prepare(`INSERT INTO contact_requests (id, mentor_id, status, received_at) VALUES ('r1', 'm-ee-01', 'received', 1)`).run();
    old.prepare(`INSERT INTO mentor_state (mentor_id, current_mentees, accepting_requests) VALUES ('m-ee-01', 2, 1)`).run();
    expect(migrationsCurrent(old)).toBe(listMigrations().length === 1);
    old.close();

    const db = openDatabase(dataDir);
    const { applied } = runMigrations(db);
    expect(applied).toEqual(listMigrations().slice(1).map((m) => m.name));
    expect(db.prepare('SELECT id, mentor_id FROM contact_requests').all()).toEqual([{ id: 'r1', mentor_id: 'm-ee-01' }]);
    expect(db.prepare('SELECT current_mentees FROM mentor_state').pluck().get()).toBe(2);
    expect(migrationsCurrent(db)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('a failing migration leaves the previous version in place', () => {
    const dir = olderMigrations(1);
    writeFileSync(join(dir, '002-broken.sql'), 'CREATE TABLE half_done (id INTEGER);\nINSERT INTO no_such_table VALUES (1);');
    const db = openDatabase(':memory:');
    expect(() => runMigrations(db, { dir })).toThrow(/no_such_table/);
    expect(db.prepare('SELECT version FROM schema_migrations').pluck().all()).toEqual([1]);
    expect(tables(db)).not.toContain('half_done');
  });

  it('refuses a database newer than the server, and numbering gaps', () => {
    const db = openDatabase(':memory:');
    runMigrations(db);
    expect(() => runMigrations(db, { dir: olderMigrations(1) })).toThrow(/newer than this server/);
    const dir = olderMigrations(1);
    writeFileSync(join(dir, '003-skipped.sql'), 'SELECT 1;');
    expect(() => listMigrations(dir)).toThrow(/expected number 002/);
  });
});

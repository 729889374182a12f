// @ts-check
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** @typedef {import('better-sqlite3').Database} SqliteDatabase */

const SCHEMA = `
CREATE TABLE IF NOT EXISTS contact_requests (
  id TEXT PRIMARY KEY,
  idempotency_key TEXT,
  mentor_id TEXT NOT NULL,
  programme_id TEXT NOT NULL,
  status TEXT NOT NULL,
  received_at TEXT NOT NULL,
  delete_after TEXT NOT NULL,
  mentor_email TEXT NOT NULL,
  request_json TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS contact_requests_idempotency_key
  ON contact_requests (idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX IF NOT EXISTS contact_requests_delete_after ON contact_requests (delete_after);
CREATE TABLE IF NOT EXISTS outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  contact_request_id TEXT NOT NULL REFERENCES contact_requests (id) ON DELETE CASCADE,
  to_address TEXT NOT NULL,
  reply_to TEXT,
  subject TEXT NOT NULL,
  body_text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  sent_at TEXT
);
`;

/**
 * Opens (and creates) the SQLite file, or an in-memory database for ':memory:'.
 * WAL lets readers (the outbox page) run beside the writer; synchronous=FULL makes
 * a commit survive power loss, so a 201 is only sent for a request that is on disk.
 * @param {string} file
 * @returns {SqliteDatabase}
 */
export function openDatabase(file) {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  return db;
}

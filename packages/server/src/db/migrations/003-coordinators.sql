-- Coordinator accounts, their sessions, failed sign-ins (lockout) and the audit log.
-- Times are milliseconds since the epoch (UTC).

CREATE TABLE coordinators (
  id            INTEGER PRIMARY KEY,
  email         TEXT    NOT NULL UNIQUE COLLATE NOCASE,
  -- argon2id in PHC string form; the password itself is never stored.
  password_hash TEXT    NOT NULL,
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
);

-- The cookie carries a random id; only its SHA-256 is stored, so a copy of the database
-- cannot be used to take over a session.
CREATE TABLE coordinator_sessions (
  id_hash        TEXT    PRIMARY KEY,
  coordinator_id INTEGER NOT NULL REFERENCES coordinators (id) ON DELETE CASCADE,
  csrf_token     TEXT    NOT NULL,
  created_at     INTEGER NOT NULL,
  last_seen_at   INTEGER NOT NULL
);
CREATE INDEX coordinator_sessions_by_coordinator ON coordinator_sessions (coordinator_id);

-- One row per failed sign-in, keyed 'account:<email>' and 'address:<client key>'.
CREATE TABLE login_failures (
  key       TEXT    NOT NULL,
  failed_at INTEGER NOT NULL
);
CREATE INDEX login_failures_by_key ON login_failures (key, failed_at);

-- Who did what to which record, and when. Kept when the coordinator account is removed.
CREATE TABLE audit_log (
  id             INTEGER PRIMARY KEY,
  coordinator_id INTEGER,
  actor          TEXT    NOT NULL,
  action         TEXT    NOT NULL,
  target         TEXT,
  detail         TEXT,
  at             INTEGER NOT NULL
);
CREATE INDEX audit_log_by_target ON audit_log (target, at);

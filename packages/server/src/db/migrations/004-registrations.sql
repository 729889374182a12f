-- Registrations from the sign-up forms, the pairs coordinators form from them, and the mail
-- kinds both need (SQLite cannot widen a CHECK in place: the outbox is rebuilt as it was).

CREATE TABLE mail_outbox_new (
  id               INTEGER PRIMARY KEY,
  message_id       TEXT    NOT NULL UNIQUE,
  kind             TEXT    NOT NULL CHECK (kind IN ('mentor-request', 'mentor-reminder', 'requester-accepted', 'requester-declined', 'requester-expired',
                                                    'registration-confirm', 'registration-approved', 'registration-rejected', 'profile-reconfirm',
                                                    'pair-confirmed-mentor', 'pair-confirmed-mentee')),
  request_id       TEXT,
  recipient        TEXT    NOT NULL,
  recipient_name   TEXT,
  reply_to         TEXT,
  reply_to_name    TEXT,
  language         TEXT    NOT NULL,
  content_language TEXT    NOT NULL,
  subject          TEXT    NOT NULL,
  text             TEXT    NOT NULL,
  html             TEXT    NOT NULL,
  status           TEXT    NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
  attempts         INTEGER NOT NULL DEFAULT 0,
  next_attempt_at  INTEGER NOT NULL,
  lease_until      INTEGER,
  last_error       TEXT,
  created_at       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL,
  sent_at          INTEGER
);
INSERT INTO mail_outbox_new SELECT * FROM mail_outbox;
DROP TABLE mail_outbox;
ALTER TABLE mail_outbox_new RENAME TO mail_outbox;
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE UNIQUE INDEX mail_outbox_one_per_kind ON mail_outbox (request_id, kind) WHERE request_id IS NOT NULL;

CREATE TABLE registrations (
  id                 TEXT    PRIMARY KEY,
  kind               TEXT    NOT NULL CHECK (kind IN ('mentor', 'mentee')),
  programme_id       TEXT    NOT NULL,
  email              TEXT    NOT NULL,
  lang               TEXT    NOT NULL,
  -- The validated record as JSON, its id set to the registration id.
  record             TEXT    NOT NULL,
  -- Mentors wait for their address to be confirmed before a coordinator sees them as pending.
  status             TEXT    NOT NULL CHECK (status IN ('awaiting-email', 'pending', 'approved', 'rejected')),
  -- An earlier registration (or mentor in the file) with the same e-mail in the same programme.
  duplicate_of       TEXT,
  email_confirmed_at INTEGER,
  reason             TEXT,
  decided_by         INTEGER,
  decided_at         INTEGER,
  paused_at          INTEGER,
  -- A mentor is asked to reconfirm their profile from this time on (programme retention).
  reconfirm_due_at   INTEGER,
  reconfirmed_at     INTEGER,
  created_at         INTEGER NOT NULL,
  updated_at         INTEGER NOT NULL
);
CREATE INDEX registrations_by_email ON registrations (programme_id, email COLLATE NOCASE);
CREATE INDEX registrations_by_status ON registrations (status, kind);

CREATE TABLE pairs (
  id                      INTEGER PRIMARY KEY,
  programme_id            TEXT    NOT NULL,
  mentor_id               TEXT    NOT NULL,
  mentee_registration_id  TEXT    NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
  status                  TEXT    NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'confirmed', 'ended')),
  created_by              INTEGER,
  created_at              INTEGER NOT NULL,
  confirmed_at            INTEGER,
  ended_at                INTEGER
);
CREATE INDEX pairs_by_mentee ON pairs (mentee_registration_id);

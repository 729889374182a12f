-- Contact requests as the public endpoint stored them, and each mentor's live capacity.
-- Times are milliseconds since the epoch (UTC).

CREATE TABLE contact_requests (
  id                 TEXT    PRIMARY KEY,
  mentor_id          TEXT,
  programme_id       TEXT,
  sender_name        TEXT,
  sender_email       TEXT,
  -- The validated request as JSON (sender, message, topics, consent, client); never logged.
  request_json       TEXT,
  message_lang       TEXT,
  -- The language of the visitor's page, for mails back to them.
  requester_lang     TEXT,
  status             TEXT    NOT NULL DEFAULT 'received',
  idempotency_key    TEXT    UNIQUE,
  -- SHA-256 of the request's content: the same key with other content is a conflict, not a retry.
  content_hash       TEXT,
  received_at        INTEGER,
  delete_after       INTEGER
);
CREATE INDEX contact_requests_delete_after ON contact_requests (delete_after);
CREATE INDEX contact_requests_mentor ON contact_requests (mentor_id, status);

-- Filled from the mentor file on start for mentors it does not know yet; from then on the
-- answers (accept, pause) change it, so a restart does not give back a taken place.
CREATE TABLE mentor_state (
  mentor_id          TEXT    PRIMARY KEY,
  current_mentees    INTEGER NOT NULL CHECK (current_mentees >= 0),
  accepting_requests INTEGER NOT NULL CHECK (accepting_requests IN (0, 1)),
  paused_at          TEXT
);

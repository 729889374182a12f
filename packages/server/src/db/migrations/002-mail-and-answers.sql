-- Durable outbox, the mentor's answers and single-use links.
-- Times are milliseconds since the epoch (UTC), so due rows are found by plain comparison.

CREATE TABLE mail_outbox (
  id               INTEGER PRIMARY KEY,
  -- Generated at enqueue and sent unchanged on every attempt: a resend after a crash
  -- carries the same Message-ID, so receivers (and our fault tests) can tell it is one mail.
  message_id       TEXT    NOT NULL UNIQUE,
  kind             TEXT    NOT NULL CHECK (kind IN ('mentor-request', 'mentor-reminder', 'requester-accepted', 'requester-declined', 'requester-expired')),
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
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
-- One mail of each kind per request, however often the lifecycle runs.
CREATE UNIQUE INDEX mail_outbox_one_per_kind ON mail_outbox (request_id, kind) WHERE request_id IS NOT NULL;

-- Where each relayed request stands from the mentor's side.
CREATE TABLE request_answers (
  request_id      TEXT    PRIMARY KEY,
  mentor_id       TEXT    NOT NULL,
  programme_id    TEXT    NOT NULL,
  requester_name  TEXT    NOT NULL,
  requester_email TEXT    NOT NULL,
  requester_lang  TEXT    NOT NULL,
  mentor_lang     TEXT    NOT NULL,
  -- The request as relayed (sender, message, topics): quoted again in the reminder and used
  -- to rank alternative mentors on decline or expiry.
  relayed_request TEXT    NOT NULL,
  received_at     INTEGER NOT NULL,
  remind_at       INTEGER NOT NULL,
  expires_at      INTEGER NOT NULL,
  reminded_at     INTEGER,
  status          TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'declined', 'expired')),
  answered_at     INTEGER,
  reason          TEXT,
  -- Personal data here goes with the request (programme retention).
  delete_after    INTEGER NOT NULL
);
CREATE INDEX request_answers_open ON request_answers (status, remind_at, expires_at);
CREATE INDEX request_answers_mentor ON request_answers (mentor_id, status);

-- Consumed link nonces: a link acts once.
CREATE TABLE link_uses (
  nonce      TEXT    PRIMARY KEY,
  request_id TEXT    NOT NULL,
  purpose    TEXT    NOT NULL,
  used_at    INTEGER NOT NULL
);

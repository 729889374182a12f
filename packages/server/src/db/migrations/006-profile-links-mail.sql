-- The mail with new links to a mentor's profile, asked for from the page of an expired one
-- (SQLite cannot widen a CHECK in place: the outbox is rebuilt as it was).

CREATE TABLE mail_outbox_new (
  id               INTEGER PRIMARY KEY,
  message_id       TEXT    NOT NULL UNIQUE,
  kind             TEXT    NOT NULL CHECK (kind IN ('mentor-request', 'mentor-reminder', 'requester-accepted', 'requester-declined', 'requester-expired',
                                                    'registration-confirm', 'registration-approved', 'registration-rejected', 'profile-reconfirm',
                                                    'pair-confirmed-mentor', 'pair-confirmed-mentee', 'registered-before', 'profile-links')),
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

// @ts-check
import { describe, expect, it } from 'vitest';
import { createMailOutbox } from './create-mail-outbox.mjs';
import { openDatabase } from './open-database.mjs';

function open() {
  const db = openDatabase(':memory:');
  const addRequest = db.prepare(
    `INSERT INTO contact_requests (id, mentor_id, programme_id, status, received_at, delete_after, mentor_email, request_json)
     VALUES (?, 'm', 'p', 'received', 't', 't', 'x@example.org', '{}')`,
  );
  for (const id of ['r1', 'r2', 'r3']) addRequest.run(id);
  return { db, outbox: createMailOutbox(db) };
}

describe('createMailOutbox', () => {
  it('lists queued mail newest first, unsent, with an optional limit', () => {
    const { outbox } = open();
    outbox.enqueue('r1', { to: 'a@example.org', replyTo: 's@example.org', subject: 'One', text: 'first' }, '2026-02-10T09:00:00.000Z');
    outbox.enqueue('r2', { to: 'b@example.org', subject: 'Two', text: 'second\nline' }, '2026-02-10T09:01:00.000Z');
    const all = outbox.list();
    expect(all.map((m) => m.subject)).toEqual(['Two', 'One']);
    expect(all[1]).toMatchObject({ contactRequestId: 'r1', to: 'a@example.org', replyTo: 's@example.org', text: 'first', sentAt: null });
    expect(all[0]).not.toHaveProperty('replyTo');
    expect(all[0]?.text).toBe('second\nline');
    expect(outbox.list({ limit: 1 }).map((m) => m.contactRequestId)).toEqual(['r2']);
  });

  it('refuses mail for a request that does not exist', () => {
    const { outbox } = open();
    expect(() => outbox.enqueue('missing', { to: 'a@example.org', subject: 'S', text: 'T' }, 'now')).toThrow(/FOREIGN KEY/);
  });
});

// @ts-check
import { describe, expect, it } from 'vitest';
import { createContactRequestStore } from './create-contact-request-store.mjs';
import { createMailOutbox } from './create-mail-outbox.mjs';
import { openDatabase } from './open-database.mjs';

/** @param {string} id @param {string | null} key */
const record = (id, key) =>
  /** @type {any} */ ({
    id,
    idempotencyKey: key,
    mentorId: 'm-ee-01',
    programmeId: 'etwinning-mentors-2026',
    status: 'received',
    receivedAt: '2026-02-10T09:00:00.000Z',
    deleteAfter: '2026-05-11T09:00:00.000Z',
    mentorEmail: 'kadri.tamm@example.org',
    request: { message: { text: '<script>alert(1)</script>' } },
  });
const mail = { to: 'kadri.tamm@example.org', replyTo: 'a@example.org', subject: 'S', text: 'T' };

function open() {
  const db = openDatabase(':memory:');
  return { db, store: createContactRequestStore(db, { outbox: createMailOutbox(db) }) };
}

describe('createContactRequestStore', () => {
  it('stores the request and its e-mail together', async () => {
    const { store } = open();
    expect(await store.save(record('r1', 'key-00001'), mail)).toEqual({ id: 'r1', status: 'received', created: true });
    expect(store.get('r1')).toEqual({ ...record('r1', 'key-00001') });
    expect(store.outbox.list()).toMatchObject([{ contactRequestId: 'r1', to: mail.to, subject: 'S', text: 'T', sentAt: null }]);
  });

  it('stores a second request with the same idempotency key once and returns the first id', async () => {
    const { store } = open();
    await store.save(record('r1', 'key-00001'), mail);
    expect(await store.save(record('r2', 'key-00001'), mail)).toEqual({ id: 'r1', status: 'received', created: false });
    expect(store.count()).toBe(1);
    expect(store.outbox.list()).toHaveLength(1);
    expect(store.findByIdempotencyKey('key-00001')).toEqual({ id: 'r1', status: 'received' });
  });

  it('allows any number of requests without a key', async () => {
    const { store } = open();
    await store.save(record('r1', null), mail);
    await store.save(record('r2', null), mail);
    expect(store.count()).toBe(2);
  });

  it('rolls the request back when the e-mail cannot be queued', async () => {
    const db = openDatabase(':memory:');
    const failing = { enqueue: () => { throw new Error('disk full'); }, list: () => [] };
    const store = createContactRequestStore(db, { outbox: failing });
    await expect(store.save(record('r1', 'key-00001'), mail)).rejects.toThrow('disk full');
    expect(store.count()).toBe(0);
  });

  it('saves requests sent in the same turn once each, and a failing one fails alone', async () => {
    const { store } = open();
    const bad = { ...record('r3', 'key-00003'), request: undefined };
    const results = await Promise.allSettled([
      store.save(record('r1', 'key-00001'), mail),
      store.save(record('r2', 'key-00001'), mail),
      store.save(bad, mail),
      store.save(record('r4', null), mail),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value.id : null))).toEqual(['r1', 'r1', null, 'r4']);
    expect(store.count()).toBe(2);
    expect(store.outbox.list()).toHaveLength(2);
  });

  it('deletes requests and their mail once their retention period is over', async () => {
    const { store } = open();
    await store.save(record('r1', 'key-00001'), mail);
    await store.save({ ...record('r2', 'key-00002'), deleteAfter: '2026-08-01T00:00:00.000Z' }, mail);
    expect(store.deleteExpired(new Date('2026-05-11T08:59:59.999Z'))).toBe(0);
    expect(store.deleteExpired(new Date('2026-05-11T09:00:00.000Z'))).toBe(1);
    expect(store.get('r1')).toBeUndefined();
    expect(store.get('r2')).toBeDefined();
    expect(store.outbox.list().map((m) => m.contactRequestId)).toEqual(['r2']);
  });

  it('uses write-ahead logging on a file database', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'mf-store-'));
    try {
      const db = openDatabase(join(dir, 'nested', 'db.sqlite'));
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

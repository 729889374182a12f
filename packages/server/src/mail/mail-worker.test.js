// @ts-check
import nodemailer from 'nodemailer';
import { afterEach, describe, expect, it } from 'vitest';
import { composeMentorRequest } from './compose-mails.js';
import { createMailWorker } from './mail-worker.js';
import { enqueueMail, outboxCounts } from './outbox.js';
import { mentorFixture, programmeFixture, requestFixture } from './testing/fixtures.js';
import { openMigratedDatabase } from './testing/open-migrated-database.js';
import { startTestSmtpServer } from './testing/start-test-smtp-server.js';

const BASE = 'https://mentors.example.org';
const urls = { accept: `${BASE}/a`, decline: `${BASE}/d`, pause: `${BASE}/p` };

/** @type {(() => Promise<unknown>)[]} */
const cleanups = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

function fakeClock(start = Date.UTC(2026, 1, 2, 10)) {
  let now = start;
  return { now: () => now, advance: (/** @type {number} */ ms) => (now += ms) };
}

/** @param {import('better-sqlite3').Database} db @param {number} now @param {string} [id] */
function queueOne(db, now, id = 'req-1') {
  const mail = composeMentorRequest({ request: requestFixture({ id }), mentor: mentorFixture(), programme: programmeFixture(), lang: 'en', replyBy: now, urls });
  const queued = enqueueMail(db, mail, { now, publicBaseUrl: BASE });
  if (!queued) throw new Error('not queued');
  return queued;
}

/** @param {import('better-sqlite3').Database} db */
const rows = (db) => /** @type {import('./outbox.js').OutboxRow[]} */ (db.prepare('SELECT * FROM mail_outbox ORDER BY id').all());

const settings = { maxAttempts: 3, leaseMs: 60_000, pollMs: 50, backoffBaseMs: 1_000, backoffMaxMs: 10_000 };

describe('mail worker', () => {
  it('sends a queued mail over SMTP with its stored Message-ID and marks it sent', async () => {
    const smtp = await startTestSmtpServer();
    cleanups.push(smtp.close);
    const db = openMigratedDatabase();
    const clock = fakeClock();
    const { messageId } = queueOne(db, clock.now());
    expect(messageId).toMatch(/^<[0-9a-f-]{36}@mentors\.example\.org>$/);
    const worker = createMailWorker({ db, clock, config: { smtp: { url: smtp.url, from: 'noreply@mentors.example.org' }, mail: settings } });
    expect(await worker.sendDue()).toBe(1);
    expect(smtp.mails.map((m) => m.parsed.messageId)).toEqual([messageId]);
    expect(smtp.mails[0]?.envelopeTo).toEqual(['kadri.tamm@example.org']);
    expect(rows(db)[0]).toMatchObject({ status: 'sent', attempts: 1, sent_at: clock.now(), lease_until: null });
    expect(await worker.sendDue()).toBe(0);
    await worker.stop();
  });

  it('does not queue a second mail of one kind for one request', () => {
    const db = openMigratedDatabase();
    queueOne(db, 0);
    const again = composeMentorRequest({ request: requestFixture({ id: 'req-1' }), mentor: mentorFixture(), programme: programmeFixture(), lang: 'en', replyBy: 0, urls });
    expect(enqueueMail(db, again, { now: 0, publicBaseUrl: BASE })).toBeUndefined();
    expect(outboxCounts(db)).toEqual({ queued: 1, sending: 0, sent: 0, failed: 0 });
  });

  it('retries with exponential back-off while SMTP is down and delivers once when it is back', async () => {
    const down = await startTestSmtpServer();
    const port = down.port;
    await down.close();
    const db = openMigratedDatabase();
    const clock = fakeClock();
    const { messageId } = queueOne(db, clock.now());
    const worker = createMailWorker({ db, clock, config: { smtp: { url: `smtp://127.0.0.1:${port}`, from: 'noreply@mentors.example.org' }, mail: { ...settings, maxAttempts: 5 } } });
    const start = clock.now();
    await worker.sendDue();
    expect(rows(db)[0]).toMatchObject({ status: 'queued', attempts: 1, next_attempt_at: start + 1_000 });
    expect(rows(db)[0]?.last_error).toMatch(/ECONNREFUSED|connect/i);
    expect(await worker.sendDue()).toBe(0);
    clock.advance(1_000);
    await worker.sendDue();
    expect(rows(db)[0]).toMatchObject({ status: 'queued', attempts: 2, next_attempt_at: start + 1_000 + 2_000 });
    const up = await startTestSmtpServer({ port });
    cleanups.push(up.close);
    clock.advance(2_000);
    expect(await worker.sendDue()).toBe(1);
    expect(rows(db)[0]).toMatchObject({ status: 'sent', attempts: 3 });
    expect(up.mails.map((m) => m.parsed.messageId)).toEqual([messageId]);
    await worker.stop();
  });

  it('gives up after maxAttempts with the last error kept', async () => {
    const down = await startTestSmtpServer();
    await down.close();
    const db = openMigratedDatabase();
    const clock = fakeClock();
    queueOne(db, clock.now());
    const worker = createMailWorker({ db, clock, config: { smtp: { url: down.url, from: 'noreply@mentors.example.org' }, mail: settings } });
    for (let i = 0; i < 5; i++) {
      await worker.sendDue();
      clock.advance(10_000);
    }
    expect(rows(db)[0]).toMatchObject({ status: 'failed', attempts: 3 });
    expect(rows(db)[0]?.last_error).toBeTruthy();
    await worker.stop();
  });

  it('fails at once on a permanent (5xx) answer', async () => {
    const db = openMigratedDatabase();
    queueOne(db, 0);
    const transport = { sendMail: async () => Promise.reject(Object.assign(new Error('550 mailbox unavailable'), { responseCode: 550 })) };
    const worker = createMailWorker({ db, transport, clock: { now: () => 0 }, config: { smtp: { url: 'smtp://unused', from: 'a@example.org' }, mail: settings } });
    await worker.sendDue();
    expect(rows(db)[0]).toMatchObject({ status: 'failed', attempts: 1, last_error: '550 mailbox unavailable' });
  });

  it('keeps every mail while the mail server refuses the sign-in, trying one sign-in per growing wait, and sends them once the setting is mended', async () => {
    const smtp = await startTestSmtpServer();
    cleanups.push(smtp.close);
    const db = openMigratedDatabase();
    const clock = fakeClock();
    queueOne(db, clock.now(), 'req-1');
    queueOne(db, clock.now(), 'req-2');
    queueOne(db, clock.now(), 'req-3');
    let signIns = 0;
    const refused = { sendMail: async () => ((signIns += 1), Promise.reject(Object.assign(new Error('Invalid login: 535 Invalid username or password'), { code: 'EAUTH', responseCode: 535 }))) };
    const wrong = createMailWorker({ db, transport: refused, clock, config: { smtp: { url: 'smtp://unused', from: 'a@example.org' }, mail: settings } });
    const waits = [];
    for (let i = 0; i < settings.maxAttempts + 2; i++) {
      const before = signIns;
      await wrong.sendDue();
      expect(signIns - before, 'one sign-in per wait, not one per mail').toBe(1);
      const queued = rows(db);
      expect(queued.every((row) => row.status === 'queued' && row.attempts === 0)).toBe(true);
      const next = Math.min(...queued.map((row) => row.next_attempt_at));
      waits.push(next - clock.now());
      clock.advance(next - clock.now());
    }
    expect(waits.slice(0, 4)).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(Math.max(...waits)).toBe(settings.backoffMaxMs);
    expect(rows(db).find((row) => row.last_error)?.last_error).toBe('Invalid login: 535 Invalid username or password');
    const mended = createMailWorker({ db, clock, config: { smtp: { url: smtp.url, from: 'noreply@mentors.example.org' }, mail: settings } });
    expect(await mended.sendDue()).toBe(3);
    expect(rows(db).map((row) => row.status)).toEqual(['sent', 'sent', 'sent']);
    expect(smtp.mails).toHaveLength(3);
    await mended.stop();
  });

  it('keeps no address from the refusal of the mail server in last_error', async () => {
    const db = openMigratedDatabase();
    queueOne(db, 0);
    // Cut to 500 characters first, the address would end at its @, which the pattern does not take.
    const refusal = `${'x'.repeat(476)} 550 5.1.1 <mari.bounce@example.ee>: Recipient address rejected`;
    const transport = { sendMail: async () => Promise.reject(Object.assign(new Error(refusal), { responseCode: 550 })) };
    const worker = createMailWorker({ db, transport, clock: { now: () => 0 }, config: { smtp: { url: 'smtp://unused', from: 'a@example.org' }, mail: settings } });
    await worker.sendDue();
    const stored = rows(db)[0];
    expect(stored).toMatchObject({ status: 'failed' });
    expect(stored?.last_error).toContain('550 5.1.1 <[address]>');
    expect(stored?.last_error).not.toContain('mari.bounce');
  });

  it('sends a mail again with the same Message-ID once the lease of a dead sender ran out, and not before', async () => {
    const smtp = await startTestSmtpServer();
    cleanups.push(smtp.close);
    const db = openMigratedDatabase();
    const clock = fakeClock();
    const { id, messageId } = queueOne(db, clock.now());
    // What a process killed after claiming the row leaves behind.
    db.prepare(`UPDATE mail_outbox SET status = 'sending', attempts = 1, lease_until = ? WHERE id = ?`).run(clock.now() + settings.leaseMs, id);
    const worker = createMailWorker({ db, clock, config: { smtp: { url: smtp.url, from: 'noreply@mentors.example.org' }, mail: settings } });
    expect(await worker.sendDue()).toBe(0);
    clock.advance(settings.leaseMs);
    expect(await worker.sendDue()).toBe(1);
    expect(smtp.mails.map((m) => m.parsed.messageId)).toEqual([messageId]);
    expect(rows(db)[0]).toMatchObject({ status: 'sent', attempts: 2 });
    await worker.stop();
  });

  it('on stop finishes and records the mail in flight, then sends no more', async () => {
    const db = openMigratedDatabase();
    queueOne(db, 0, 'req-1');
    queueOne(db, 0, 'req-2');
    const stream = nodemailer.createTransport({ streamTransport: true, buffer: true });
    /** @type {() => void} */
    let release = () => {};
    /** @type {() => void} */
    let started = () => {};
    const inFlight = new Promise((resolve) => (started = () => resolve(undefined)));
    let sends = 0;
    const transport = {
      /** @param {object} message */
      async sendMail(message) {
        sends++;
        started();
        await new Promise((resolve) => (release = () => resolve(undefined)));
        return stream.sendMail(message);
      },
    };
    const worker = createMailWorker({ db, transport, clock: { now: () => 0 }, config: { smtp: { url: 'smtp://unused', from: 'a@example.org' }, mail: settings } });
    worker.start();
    await inFlight;
    const stopped = worker.stop();
    release();
    await stopped;
    expect(sends).toBe(1);
    expect(outboxCounts(db)).toEqual({ queued: 1, sending: 0, sent: 1, failed: 0 });
  });

  it('running in the background, sends what is queued after a notify', async () => {
    const smtp = await startTestSmtpServer();
    cleanups.push(smtp.close);
    const db = openMigratedDatabase();
    const worker = createMailWorker({ db, config: { smtp: { url: smtp.url, from: 'noreply@mentors.example.org' }, mail: { ...settings, pollMs: 60_000 } } });
    worker.start();
    const { messageId } = queueOne(db, Date.now());
    worker.notify();
    await smtp.waitForMails(1);
    await worker.stop();
    expect(smtp.mails.map((m) => m.parsed.messageId)).toEqual([messageId]);
    expect(outboxCounts(db).sent).toBe(1);
  });
});

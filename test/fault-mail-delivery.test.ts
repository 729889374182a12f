// Fault tests of mail delivery across processes: the worker runs as its own Node process on a
// database file and a real SMTP server (smtp-server) counts what arrives, by Message-ID.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openMigratedDatabase, queueMails, startTestSmtpServer, startWorkerProcess, until, type WorkerProcess } from './mail-support.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

function tempDatabaseFile() {
  const dir = mkdtempSync(join(tmpdir(), 'mf-mail-fault-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'mail.sqlite');
}

function track(worker: WorkerProcess) {
  cleanups.push(async () => {
    if (worker.child.exitCode === null && worker.child.signalCode === null) {
      worker.child.kill('SIGTERM');
      await worker.exited;
    }
  });
  return worker;
}

/** Deliveries per Message-ID. */
function countByMessageId(mails: { parsed: { messageId?: string | undefined } }[]) {
  const counts = new Map<string, number>();
  for (const mail of mails) counts.set(mail.parsed.messageId ?? '', (counts.get(mail.parsed.messageId ?? '') ?? 0) + 1);
  return counts;
}

describe('mail delivery faults', () => {
  it('SMTP server down, then up: every queued mail is delivered once', async () => {
    const probe = await startTestSmtpServer();
    const port = probe.port;
    await probe.close();
    const file = tempDatabaseFile();
    const db = await openMigratedDatabase(file);
    cleanups.push(() => db.close());
    const messageIds = await queueMails(db, 20);
    const worker = track(await startWorkerProcess(file, `smtp://127.0.0.1:${port}`, { maxAttempts: 50, pollMs: 100, backoffBaseMs: 100, backoffMaxMs: 400, leaseMs: 60_000 }));
    const failedOnce = () => (db.prepare(`SELECT count(*) AS n FROM mail_outbox WHERE attempts >= 2 AND status = 'queued'`).get() as { n: number }).n;
    await until(() => failedOnce() === 20, 'every mail to fail twice while SMTP is down');
    expect(worker.output()).toMatch(/mail will be retried/);

    const smtp = await startTestSmtpServer({ port });
    cleanups.push(() => smtp.close());
    const sent = () => (db.prepare(`SELECT count(*) AS n FROM mail_outbox WHERE status = 'sent'`).get() as { n: number }).n;
    await until(() => sent() === 20, 'all mails sent');
    worker.child.kill('SIGTERM');
    expect((await worker.exited).code).toBe(0);
    const counts = countByMessageId(smtp.mails);
    console.log(`SMTP down then up: ${smtp.mails.length} deliveries of ${counts.size} Message-IDs for 20 queued mails`);
    expect([...counts.keys()].sort()).toEqual([...messageIds].sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(smtp.mails).toHaveLength(20);
  }, 120_000);

  it('worker process killed with SIGKILL while sending 500 mails: after a restart each is delivered exactly once by Message-ID', async () => {
    const smtp = await startTestSmtpServer();
    cleanups.push(() => smtp.close());
    const file = tempDatabaseFile();
    const db = await openMigratedDatabase(file);
    cleanups.push(() => db.close());
    const messageIds = await queueMails(db, 500);
    const settings = { maxAttempts: 5, pollMs: 100, backoffBaseMs: 100, backoffMaxMs: 400, leaseMs: 1_500 };

    const first = track(await startWorkerProcess(file, smtp.url, settings));
    await smtp.waitForMails(150);
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    const afterKill = db.prepare(`SELECT status, count(*) AS n FROM mail_outbox GROUP BY status ORDER BY status`).all() as { status: string; n: number }[];
    const deliveredBeforeRestart = smtp.mails.length;
    expect(deliveredBeforeRestart).toBeLessThan(500);

    const second = track(await startWorkerProcess(file, smtp.url, settings));
    const sent = () => (db.prepare(`SELECT count(*) AS n FROM mail_outbox WHERE status = 'sent'`).get() as { n: number }).n;
    await until(() => sent() === 500, 'all 500 mails sent after the restart', 120_000);
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);

    const counts = countByMessageId(smtp.mails);
    const duplicated = [...counts.values()].filter((n) => n > 1).length;
    console.log(
      `SIGKILL while sending: outbox after kill ${JSON.stringify(afterKill)}; ${deliveredBeforeRestart} deliveries before the restart; ` +
        `${smtp.mails.length} raw deliveries in all, ${counts.size} distinct Message-IDs, ${duplicated} Message-ID(s) delivered twice`,
    );
    // Each mail arrived, and no mail arrived that was not queued.
    expect([...counts.keys()].sort()).toEqual([...messageIds].sort());
    // The one mail that can be in flight at the kill may be resent, with its Message-ID; nothing else.
    expect(smtp.mails.length - counts.size).toBeLessThanOrEqual(1);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
  }, 180_000);
});

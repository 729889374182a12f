// Fault tests of mail delivery with the server in its own process (configuration from MF_*
// variables, startService) on a database file, and a real SMTP server (smtp-server) that counts
// what arrives by Message-ID. The mails are put in the outbox before the server starts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_DIR, openMigratedDatabase, queueMails, startServiceProcess, startTestSmtpServer, until, type MailSettings, type ServiceProcess } from './mail-support.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

/** A data folder whose database already holds `count` queued mails; the handle stays open to watch the outbox. */
async function dataDirWithMails(count: number) {
  const dir = mkdtempSync(join(tmpdir(), 'mf-mail-fault-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const db = await openMigratedDatabase(join(dir, 'mentor-finder.sqlite'));
  cleanups.push(() => db.close());
  const messageIds = await queueMails(db, count);
  const count_ = (status: string) => (db.prepare('SELECT count(*) AS n FROM mail_outbox WHERE status = ?').get(status) as { n: number }).n;
  return { dir, db, messageIds, count: count_ };
}

async function startServer(dataDir: string, smtpUrl: string, mail: MailSettings): Promise<ServiceProcess> {
  const server = await startServiceProcess({ MF_DATA_DIR: dataDir, MF_MENTORS_FILE: `${REPO_DIR}../shared/data/mentors.json`, MF_SMTP_URL: smtpUrl, MF_LOG_LEVEL: 'info' }, { mail });
  cleanups.push(() => server.stop());
  return server;
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
    const { dir, db, messageIds, count } = await dataDirWithMails(20);
    const server = await startServer(dir, `smtp://127.0.0.1:${port}`, { maxAttempts: 50, pollMs: 100, backoffBaseMs: 100, backoffMaxMs: 400 });
    const failedTwice = () => (db.prepare(`SELECT count(*) AS n FROM mail_outbox WHERE attempts >= 2 AND status = 'queued'`).get() as { n: number }).n;
    await until(() => failedTwice() === 20, 'every mail to fail twice while SMTP is down');
    expect(server.output()).toMatch(/mail will be retried/);
    expect(count('sent')).toBe(0);

    const smtp = await startTestSmtpServer({ port });
    cleanups.push(() => smtp.close());
    await until(() => count('sent') === 20, 'all mails sent');
    expect(await server.stop()).toBe(0);
    const counts = countByMessageId(smtp.mails);
    console.log(`SMTP down then up: ${smtp.mails.length} deliveries of ${counts.size} Message-IDs for 20 queued mails`);
    expect([...counts.keys()].sort()).toEqual([...messageIds].sort());
    expect(smtp.mails).toHaveLength(20);
  }, 120_000);

  it('server killed with SIGKILL while sending 500 mails: after a restart each Message-ID is delivered, exactly once but for the one in flight', async () => {
    const smtp = await startTestSmtpServer();
    cleanups.push(() => smtp.close());
    const { dir, messageIds, count } = await dataDirWithMails(500);
    const settings = { maxAttempts: 5, pollMs: 100, backoffBaseMs: 100, backoffMaxMs: 400, leaseMs: 1_500 };

    const first = await startServer(dir, smtp.url, settings);
    await smtp.waitForMails(150);
    expect(await first.kill()).toBe('SIGKILL');
    const afterKill = { queued: count('queued'), sending: count('sending'), sent: count('sent') };
    const deliveredBeforeRestart = smtp.mails.length;
    expect(deliveredBeforeRestart).toBeLessThan(500);

    const second = await startServer(dir, smtp.url, settings);
    await until(() => count('sent') === 500, 'all 500 mails sent after the restart', 120_000);
    expect(await second.stop()).toBe(0);

    const counts = countByMessageId(smtp.mails);
    const twice = [...counts.values()].filter((n) => n > 1).length;
    console.log(
      `SIGKILL while sending 500: outbox after the kill ${JSON.stringify(afterKill)}; ${deliveredBeforeRestart} raw deliveries before the restart; ` +
        `${smtp.mails.length} raw deliveries in all, ${counts.size} distinct Message-IDs, ${twice} delivered twice`,
    );
    // Every queued mail arrived, and nothing arrived that was not queued.
    expect([...counts.keys()].sort()).toEqual([...messageIds].sort());
    // Only the one mail in flight at the kill may have been resent, with its Message-ID.
    expect(smtp.mails.length - counts.size).toBeLessThanOrEqual(1);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
  }, 180_000);
});

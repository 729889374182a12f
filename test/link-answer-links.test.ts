// The mentor's links against the real server process: a GET (what mail scanners do) changes
// nothing; tampered, replayed and expired links show a clear page and change nothing. "Nothing"
// is checked on every table the answers touch and on the mail that reaches the SMTP server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REPO_DIR,
  TEST_SECRET,
  answerLinks,
  contactRequest,
  httpRequest,
  postContactRequest,
  startServiceProcess,
  startTestSmtpServer,
  until,
  type ServiceProcess,
  type TestSmtpServer,
} from './mail-support.js';

const dataDir = mkdtempSync(join(tmpdir(), 'mf-links-'));
let smtp: TestSmtpServer;
let server: ServiceProcess;
let db: Database.Database;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  server = await startServiceProcess({ MF_DATA_DIR: dataDir, MF_MENTORS_FILE: `${REPO_DIR}../shared/data/mentors.json`, MF_SMTP_URL: smtp.url, MF_PUBLIC_BASE_URL: 'http://mentors.example.org/' });
  db = new Database(join(dataDir, 'mentor-finder.sqlite'), { readonly: true });
}, 60_000);

afterAll(async () => {
  db?.close();
  const code = await server?.stop();
  await smtp?.close();
  rmSync(dataDir, { recursive: true, force: true });
  expect(code).toBe(0);
});

/** Every row the answers can change, and the mail that arrived. */
function snapshot() {
  return {
    requests: db.prepare('SELECT id, status FROM contact_requests ORDER BY id').all(),
    answers: db.prepare('SELECT * FROM request_answers ORDER BY request_id').all(),
    state: db.prepare('SELECT * FROM mentor_state ORDER BY mentor_id').all(),
    uses: db.prepare('SELECT * FROM link_uses ORDER BY nonce').all(),
    outbox: db.prepare('SELECT id, kind, request_id, recipient FROM mail_outbox ORDER BY id').all(),
    delivered: smtp.mails.map((m) => m.parsed.messageId),
  };
}

const allSent = () => (db.prepare(`SELECT count(*) AS n FROM mail_outbox WHERE status != 'sent'`).get() as { n: number }).n === 0;

/** Sends a request to `mentorId` and returns the local paths of the links in the mentor's mail. */
async function requestAndLinks(mentorId: string) {
  const before = smtp.mails.length;
  const stored = await postContactRequest(server.url, contactRequest(mentorId, 'etwinning-mentors-2026'));
  expect(stored.status).toBe(201);
  await smtp.waitForMails(before + 1);
  const mail = smtp.mails[before];
  const links = answerLinks(mail?.parsed.text ?? '');
  const local = (link: string) => new URL(new URL(link).pathname + new URL(link).search, server.url).href;
  return { id: stored.json.id as string, accept: local(links.accept), decline: local(links.decline), pause: local(links.pause) };
}

/** Waits for the worker to send what is queued, then takes a snapshot. */
async function settled() {
  await until(allSent, 'the outbox to be sent');
  return snapshot();
}

describe('answer links against the running server', () => {
  it('GET of every link (a mail scanner) shows a page and changes nothing', async () => {
    const links = await requestAndLinks('m-ee-03');
    const before = await settled();
    for (const url of [links.accept, links.decline, links.pause, links.accept]) {
      const page = await httpRequest(url);
      expect(page.status).toBe(200);
      expect(page.body).toContain('<form method="post">');
    }
    expect(await settled()).toEqual(before);
  });

  it('a tampered link gets 403 on GET and POST and changes nothing', async () => {
    const links = await requestAndLinks('m-ee-04');
    const before = await settled();
    const url = new URL(links.accept);
    const token = url.searchParams.get('t') ?? '';
    const [payload = '', signature = ''] = token.split('.');
    const fields = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown[];
    // The same link for another purpose, and the same link with one signature character changed.
    fields[0] = 'pause';
    const otherPurpose = `${Buffer.from(JSON.stringify(fields)).toString('base64url')}.${signature}`;
    const flipped = `${payload}.${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    for (const bad of [otherPurpose, flipped, `${payload}.`, 'x']) {
      url.searchParams.set('t', bad);
      for (const method of ['GET', 'POST']) {
        const page = await httpRequest(url.href, { method, ...(method === 'POST' ? { body: '' } : {}) });
        expect(page.status, `${method} ${bad}`).toBe(403);
        // Nothing in a forged link is trusted, its language neither: the page is in English.
        expect(page.body).toContain('This link is not valid.');
        expect(page.body).toContain('Nothing has changed.');
      }
    }
    expect(await settled()).toEqual(before);
  });

  it('a replayed link gets 410 and changes nothing', async () => {
    const links = await requestAndLinks('m-ee-06');
    const accepted = await httpRequest(links.accept, { method: 'POST', body: '' });
    expect(accepted.status).toBe(200);
    const before = await settled();
    expect(before.outbox.filter((m) => (m as { kind: string }).kind === 'requester-accepted')).toHaveLength(1);
    const replay = await httpRequest(links.accept, { method: 'POST', body: '' });
    expect(replay.status).toBe(410);
    expect(replay.body).toContain('Seda linki on juba kasutatud.');
    const decline = await httpRequest(links.decline, { method: 'POST', body: 'reason=late' });
    expect(decline.status).toBe(409);
    expect(await settled()).toEqual(before);
  });

  it('an expired link (signed with the server’s secret, expiry passed) gets 410 and changes nothing', async () => {
    const links = await requestAndLinks('m-lt-01');
    const before = await settled();
    const { signLink } = (await import(new URL('../packages/server/src/links/answer-links.js', import.meta.url).href)) as {
      signLink(secret: string, link: { purpose: string; requestId: string; expiresAt: number }): string;
    };
    const expired = new URL(links.accept);
    expired.searchParams.set('t', signLink(TEST_SECRET, { purpose: 'accept', requestId: links.id, expiresAt: Date.now() - 1000 }));
    for (const method of ['GET', 'POST']) {
      const page = await httpRequest(expired.href, { method, ...(method === 'POST' ? { body: '' } : {}) });
      expect(page.status).toBe(410);
      expect(page.body).toContain('<html lang="lt">');
      expect(page.body).toContain('Šios nuorodos galiojimas baigėsi.');
    }
    expect(await settled()).toEqual(before);
  });

  it('a POST from another site gets 403 and changes nothing', async () => {
    const links = await requestAndLinks('m-fi-01');
    const before = await settled();
    const page = await httpRequest(links.accept, { method: 'POST', body: '', headers: { origin: 'https://attacker.example' } });
    expect(page.status).toBe(403);
    expect(await settled()).toEqual(before);
  });
});

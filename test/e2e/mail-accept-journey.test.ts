/// <reference lib="dom" />
// The whole journey in Chromium with real mail: a visitor sends a request from the example site,
// a real SMTP server started here receives the mentor's mail, the test follows its accept link
// (the GET page changes nothing, the POST from it acts), the requester's mail arrives and the
// public JSON shows the mentor full, since that was their last place.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REPO_DIR,
  answerLinks,
  contactRequest,
  postContactRequest,
  startForwarder,
  startServiceProcess,
  startTestSmtpServer,
  until,
  type Forwarder,
  type ServiceProcess,
  type TestSmtpServer,
} from '../mail-support.js';
import { launchChromium, openWatchedPage, waitForDeepSelector } from './launch-chromium.js';

interface SampleMentor {
  id: string;
  displayName: string;
  status: string;
  languages: { code: string; level: string }[];
  capacity: { maxMentees: number; currentMentees: number; acceptingRequests: boolean };
  private: { email: string; givenName: string; familyName: string };
}

const DIALOG = 'mentor-finder >>> mentor-contact-dialog >>> ';
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const VISITOR = { name: 'Maarja Kask', email: 'maarja.kask@example.net' };
const MAIL_LANGUAGES = ['en', 'et', 'fi', 'lt', 'lv'];
const dataDir = mkdtempSync(join(tmpdir(), 'mf-mail-journey-'));
let smtp: TestSmtpServer;
let forwarder: Forwarder;
let server: ServiceProcess;
let browser: Browser;
let mentors: SampleMentor[];

/** The sample mentors, each one who has room left with exactly one free place. */
function writeMentors(): string {
  mentors = (JSON.parse(readFileSync(`${REPO_DIR}../shared/data/mentors.json`, 'utf8')) as SampleMentor[]).map((m) =>
    m.capacity.currentMentees < m.capacity.maxMentees ? { ...m, capacity: { ...m.capacity, currentMentees: m.capacity.maxMentees - 1 } } : m,
  );
  const file = join(dataDir, 'mentors.json');
  writeFileSync(file, JSON.stringify(mentors));
  return file;
}

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  // Links in mail must name the address the browser uses, known before the server picks a port.
  forwarder = await startForwarder();
  server = await startServiceProcess({ MF_DATA_DIR: dataDir, MF_MENTORS_FILE: writeMentors(), MF_SMTP_URL: smtp.url, MF_PUBLIC_BASE_URL: forwarder.url });
  forwarder.forwardTo(server.port);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  const code = await server?.stop();
  await forwarder?.close();
  await smtp?.close();
  rmSync(dataDir, { recursive: true, force: true });
  expect(code).toBe(0);
});

function readDatabase<T>(read: (db: Database.Database) => T): T {
  const db = new Database(join(dataDir, 'mentor-finder.sqlite'), { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const answerState = () =>
  readDatabase((db) => ({
    answers: db.prepare('SELECT request_id, status, answered_at FROM request_answers').all(),
    state: db.prepare('SELECT * FROM mentor_state ORDER BY mentor_id').all(),
    uses: db.prepare('SELECT count(*) AS n FROM link_uses').get(),
    outbox: db.prepare('SELECT id, kind FROM mail_outbox ORDER BY id').all(),
  }));

describe('a request by e-mail and the mentor’s answer', () => {
  it('reaches the mentor by SMTP, the accept link takes the last place, the requester hears back, the public JSON shows the mentor full', async () => {
    const site = forwarder.url;
    const visitor = await openWatchedPage(browser, site);
    await visitor.page.goto(`${site}?lang=en`, { waitUntil: 'networkidle0' });
    await (await waitForDeepSelector(visitor.page, 'mentor-finder >>> [part~="contact-button"]')).click();
    await (await waitForDeepSelector(visitor.page, `${DIALOG}#name`)).focus();
    await visitor.page.type(`${DIALOG}#name`, VISITOR.name);
    await visitor.page.type(`${DIALOG}#email`, VISITOR.email);
    await visitor.page.type(`${DIALOG}#message`, 'Hello! I joined eTwinning in September and would like help with finding a partner school.');
    await visitor.page.click(`${DIALOG}#consent`);
    await visitor.page.click(`${DIALOG}[part~="button-primary"][type="submit"]`);
    await waitForDeepSelector(visitor.page, `${DIALOG}[data-confirmation]`);
    expect(visitor.cspViolations).toEqual([]);
    await visitor.page.close();

    const { mentor_id: mentorId } = readDatabase((db) => db.prepare('SELECT mentor_id FROM contact_requests').get() as { mentor_id: string });
    const mentor = mentors.find((m) => m.id === mentorId) as SampleMentor;
    const nativeMailLanguage = mentor.languages.find((l) => l.level === 'native' && MAIL_LANGUAGES.includes(l.code))?.code;
    const mentorLang = nativeMailLanguage ?? mentor.languages.find((l) => MAIL_LANGUAGES.includes(l.code))?.code ?? 'en';

    // The mentor's mail, as the SMTP server received it.
    await smtp.waitForMails(1);
    const [received] = smtp.mails;
    const mail = received?.parsed;
    expect(received?.envelopeTo).toEqual([mentor.private.email]);
    expect(mail?.headers.get('content-language')).toBe(mentorLang === 'en' ? 'en' : `${mentorLang}, en`);
    expect(mail?.html).toContain(`<html lang="${mentorLang}">`);
    // The finder does not know the message's language (the form's is not it), so the mail claims none.
    expect(mail?.html).toContain('<blockquote dir="auto"><p>Hello! I joined eTwinning');
    expect(mail?.replyTo?.value).toEqual([{ name: VISITOR.name, address: VISITOR.email }]);
    expect(mail?.messageId).toMatch(/^<[0-9a-f-]{36}@127\.0\.0\.1>$/);
    const links = answerLinks(mail?.text ?? '');
    for (const link of Object.values(links)) {
      expect(link.startsWith(`${site}answer?t=`)).toBe(true);
      expect(mail?.html).toContain(`href="${link}"`);
    }

    // GET: a confirmation page, nothing changes.
    const before = answerState();
    const mentorPage = await openWatchedPage(browser, site);
    const shown = await mentorPage.page.goto(links.accept, { waitUntil: 'load' });
    expect(shown?.status()).toBe(200);
    expect(await mentorPage.page.$eval('html', (el) => el.lang)).toBe(mentorLang);
    expect(await mentorPage.page.$eval('link[rel="stylesheet"]', (el) => (el as HTMLLinkElement).sheet !== null)).toBe(true);
    expect(answerState()).toEqual(before);
    expect(smtp.mails).toHaveLength(1);

    // POST from the page: the place is taken.
    const [answered] = await Promise.all([mentorPage.page.waitForNavigation({ waitUntil: 'load' }), mentorPage.page.click('button[type="submit"]')]);
    expect(answered?.status()).toBe(200);
    expect(await mentorPage.page.$eval('h1', (el) => el.textContent)).toContain(VISITOR.name);
    expect(mentorPage.cspViolations).toEqual([]);
    expect(mentorPage.foreignRequests).toEqual([]);
    expect(mentorPage.errors.filter((e) => !e.includes('favicon'))).toEqual([]);
    const after = answerState();
    expect(after.answers).toEqual([expect.objectContaining({ status: 'accepted' })]);
    expect(after.uses).toEqual({ n: 1 });

    // The requester's mail: in the page's language, with the mentor's address (the mentor consented).
    await smtp.waitForMails(2);
    const confirmation = smtp.mails[1];
    expect(confirmation?.envelopeTo).toEqual([VISITOR.email]);
    expect(confirmation?.parsed.subject).toBe(`${mentor.displayName} has accepted your request`);
    expect(confirmation?.parsed.text).toContain(mentor.private.email);
    expect(confirmation?.parsed.headers.get('content-language')).toBe('en');

    // That was the last place: the public JSON says so at once.
    const response = await fetch(new URL('mentors.public.json', site));
    const publicMentors = (await response.json()) as { id: string; capacity: { status: string }; takesRequests?: boolean }[];
    const shownMentor = publicMentors.find((m) => m.id === mentorId);
    expect(shownMentor?.capacity.status).toBe('full');
    expect(shownMentor?.takesRequests).toBe(false);
    const text = JSON.stringify(publicMentors);
    for (const m of mentors) expect(text).not.toContain(m.private.email);

    // The link is spent: opening it again says so.
    const again = await mentorPage.page.goto(links.accept, { waitUntil: 'load' });
    expect(again?.status()).toBe(410);
    await mentorPage.page.close();
    await until(() => readDatabase((db) => (db.prepare(`SELECT count(*) AS n FROM mail_outbox WHERE status = 'sent'`).get() as { n: number }).n) === 2, 'both mails marked sent');
  }, 120_000);

  it('answer pages (confirmation with a reason field, done, link used) have no WCAG 2.2 A/AA violations', async () => {
    const publicMentors = (await (await fetch(new URL('mentors.public.json', forwarder.url))).json()) as { id: string; programmeId: string; takesRequests?: boolean }[];
    const open = publicMentors.find((m) => m.takesRequests === true);
    expect(open).toBeDefined();
    const before = smtp.mails.length;
    expect((await postContactRequest(forwarder.url, contactRequest(open?.id ?? '', open?.programmeId ?? ''))).status).toBe(201);
    await smtp.waitForMails(before + 1);
    const links = answerLinks(smtp.mails[before]?.parsed.text ?? '');

    const watch = await openWatchedPage(browser, forwarder.url);
    // axe is injected as a script; only this page bypasses the CSP for it.
    await watch.page.setBypassCSP(true);
    const audit = async () => {
      await watch.page.addScriptTag({ path: AXE_SCRIPT });
      return watch.page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
    };
    await watch.page.goto(links.decline, { waitUntil: 'load' });
    expect(await watch.page.$('textarea#reason')).not.toBeNull();
    expect(await audit()).toEqual([]);
    await watch.page.type('#reason', 'I have no time this spring.');
    await Promise.all([watch.page.waitForNavigation({ waitUntil: 'load' }), watch.page.click('button[type="submit"]')]);
    expect(await audit()).toEqual([]);
    const used = await watch.page.goto(links.decline, { waitUntil: 'load' });
    expect(used?.status()).toBe(410);
    expect(await audit()).toEqual([]);
    await watch.page.close();
    await smtp.waitForMails(before + 2);
    expect(smtp.mails[before + 1]?.parsed.text).toContain('> I have no time this spring.');
  }, 120_000);
});

/// <reference lib="dom" />
// The pieces of the registration journey test: the real server process with the example site, a
// real SMTP server, a coordinator account made with the server's own command, the words of the
// server's registration mails, and a person filling in <mentor-registration> in Chromium.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ParsedMail } from 'mailparser';
import type { Browser, Page } from 'puppeteer-core';
import { REPO_DIR, TEST_SECRET, startForwarder, startServiceProcess, startTestSmtpServer, until, type Forwarder, type ServiceProcess, type TestSmtpServer } from '../mail-support.js';
import { SHARED_DATA_DIR } from '../sample-data.js';
import { launchChromium, waitForDeepSelector } from './launch-chromium.js';

const SERVER_BIN = `${REPO_DIR}packages/server/bin/mentor-finder-server.js`;
const SERVER_SRC = new URL('../../packages/server/src/', import.meta.url);

export interface Coordinator {
  email: string;
  password: string;
}

export interface Journey {
  /** Where the browser and the mail links go, ending in "/". */
  site: string;
  smtp: TestSmtpServer;
  server: ServiceProcess;
  browser: Browser;
  dataDir: string;
  coordinator: Coordinator;
  /** Stops everything; resolves to the server's exit code. */
  close(): Promise<number | null>;
}

/** Runs `mentor-finder-server add-coordinator` on the data folder, the password on standard input. */
async function addCoordinator(dataDir: string, { email, password }: Coordinator): Promise<void> {
  const child = spawn(process.execPath, [SERVER_BIN, 'add-coordinator', '--email', email], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', MF_MODE: 'development', MF_DATA_DIR: dataDir, MF_SECRET: TEST_SECRET, MF_PROGRAMMES_FILE: `${SHARED_DATA_DIR}programmes.json` },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stdin.end(`${password}\n`);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`add-coordinator exited with ${code}: ${output}`);
}

/**
 * SMTP, then a forwarder (so mail links name the address the browser uses), then the server on a
 * fresh data folder with `mentors` as its mentor file.
 */
export async function startJourney(coordinator: Coordinator, mentors: readonly unknown[]): Promise<Journey> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mf-registration-journey-'));
  const mentorsFile = join(dataDir, 'mentors.json');
  writeFileSync(mentorsFile, JSON.stringify(mentors));
  const smtp = await startTestSmtpServer();
  let forwarder: Forwarder | undefined;
  let server: ServiceProcess | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    const code = (await server?.stop()) ?? null;
    await forwarder?.close();
    await smtp.close();
    rmSync(dataDir, { recursive: true, force: true });
    return code;
  };
  try {
    await addCoordinator(dataDir, coordinator);
    forwarder = await startForwarder();
    server = await startServiceProcess({
      MF_DATA_DIR: dataDir,
      MF_MENTORS_FILE: mentorsFile,
      MF_SMTP_URL: smtp.url,
      MF_PUBLIC_BASE_URL: forwarder.url,
    });
    forwarder.forwardTo(server.port);
    browser = await launchChromium();
    return { site: forwarder.url, smtp, server, browser, dataDir, coordinator, close };
  } catch (error) {
    await close();
    throw error;
  }
}

type RegistrationText = (lang: string, key: string, params?: Record<string, string>) => string;
const { registrationText } = (await import(new URL('registrations/registration-messages.js', SERVER_SRC).href)) as { registrationText: RegistrationText };
const { programmeName } = (await import(new URL('mail/compose-mails.js', SERVER_SRC).href)) as { programmeName: (programme: unknown, lang: string) => string };
/** How long a confirmation link works, as the service says in its mail. */
export const { CONFIRM_LINK_DAYS } = (await import(new URL('registrations/registration-store.js', SERVER_SRC).href)) as { CONFIRM_LINK_DAYS: number };

/** The server's words for a registration mail or page key in `lang`, with the programme's name in that language. */
export function mailWords(programme: unknown, lang: string, key: string, params: Record<string, string> = {}): string {
  return registrationText(lang, key, { programme: programmeName(programme, lang), ...params });
}

/** The first mail to `to` whose subject is `subject`, once it has arrived over SMTP. */
export async function mailTo(smtp: TestSmtpServer, to: string, subject: string): Promise<ParsedMail> {
  const find = () => smtp.mails.find((m) => m.envelopeTo.includes(to) && m.parsed.subject === subject);
  await until(() => find() !== undefined, `a mail to ${to} with the subject "${subject}" (received: ${smtp.mails.map((m) => `${m.envelopeTo.join(',')} "${m.parsed.subject}"`).join('; ') || 'none'})`);
  return (find() as { parsed: ParsedMail }).parsed;
}

/** The URL a mail gives after a link label ("Label: https://…"). */
export function linkAfter(text: string, label: string): string {
  const line = text.split('\n').find((l) => l.startsWith(`${label}: `));
  if (!line) throw new Error(`no "${label}" link in:\n${text}`);
  return line.slice(label.length + 2).trim();
}

export interface RegistrationRow {
  id: string;
  kind: string;
  status: string;
  lang: string;
  email: string;
}

/** The stored registrations, read from the server's database file (read-only). */
export function readRegistrations(dataDir: string): RegistrationRow[] {
  const db = new Database(join(dataDir, 'mentor-finder.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT id, kind, status, lang, email FROM registrations ORDER BY created_at, rowid').all() as RegistrationRow[];
  } finally {
    db.close();
  }
}

export const FORM = 'mentor-registration >>> ';

/** Clicks into a field and types, as a person does. */
export async function typeInto(page: Page, id: string, text: string): Promise<void> {
  const field = await waitForDeepSelector(page, `${FORM}#${id}`);
  await field.click();
  await field.type(text);
}

/** Picks an option of a select by its value. */
export async function choose(page: Page, id: string, value: string): Promise<void> {
  const picked = await page.select(`${FORM}#${id}`, value);
  if (picked[0] !== value) throw new Error(`#${id} has no option "${value}"`);
}

/** Ticks a checkbox (by clicking it) unless it is ticked already. */
export async function tick(page: Page, selector: string): Promise<void> {
  const box = await waitForDeepSelector(page, `${FORM}${selector}`);
  if (!(await box.evaluate((el) => (el as HTMLInputElement).checked))) await box.click();
}

export interface Person {
  givenName: string;
  familyName: string;
  email: string;
  country: string;
  timezone: string;
  yearsInProfession: string;
  /** Languages after the first row, which the form fills in with the page's language. */
  moreLanguages: { code: string; level: string }[];
  firstLanguageLevel: string;
  meetingModes: string[];
  topics: string[];
}

/** The fields mentors and mentees share: name, address, where, role, languages. */
export async function fillAbout(page: Page, person: Person): Promise<void> {
  await typeInto(page, 'givenName', person.givenName);
  await typeInto(page, 'familyName', person.familyName);
  await typeInto(page, 'email', person.email);
  await choose(page, 'country', person.country);
  await choose(page, 'timezone', person.timezone);
  await choose(page, 'role', 'teacher');
  await typeInto(page, 'yearsInProfession', person.yearsInProfession);
  await choose(page, 'lang-0-level', person.firstLanguageLevel);
  for (const [offset, language] of person.moreLanguages.entries()) {
    await (await waitForDeepSelector(page, `${FORM}button[data-add="languages"]`)).click();
    await choose(page, `lang-${offset + 1}-code`, language.code);
    await choose(page, `lang-${offset + 1}-level`, language.level);
  }
  for (const topic of person.topics) await tick(page, `#topics input[data-value="${topic}"]`);
  for (const mode of person.meetingModes) await tick(page, `#meetingModes input[data-value="${mode}"]`);
}

/**
 * Sends the form and waits for the "check your e-mail" message; the server must have answered 202.
 * (The body is not read here: pages whose responses are captured cannot also be read by puppeteer.)
 */
export async function sendRegistration(page: Page): Promise<void> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/registrations') && r.request().method() === 'POST'),
    (await waitForDeepSelector(page, `${FORM}[part~="button-primary"][type="submit"]`)).click(),
  ]);
  if (response.status() !== 202) throw new Error(`registration refused with ${response.status()}`);
  await waitForDeepSelector(page, `${FORM}[part~="confirmation"]`);
}

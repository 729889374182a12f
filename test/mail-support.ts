// Typed access to the server's mail modules (plain JavaScript with JSDoc) for cross-process
// tests, and a child process that runs the mail worker on a database file.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import type { ParsedMail } from 'mailparser';

const SERVER_SRC = new URL('../packages/server/src/', import.meta.url);

async function load<T>(path: string): Promise<T> {
  return (await import(new URL(path, SERVER_SRC).href)) as T;
}

export interface ReceivedMail {
  raw: string;
  envelopeTo: string[];
  parsed: ParsedMail;
}

export interface TestSmtpServer {
  port: number;
  url: string;
  mails: ReceivedMail[];
  waitForMails(count: number): Promise<void>;
  close(): Promise<void>;
}

/** A real SMTP server (smtp-server) on 127.0.0.1 that keeps every mail raw and parsed. */
export async function startTestSmtpServer(options: { port?: number } = {}): Promise<TestSmtpServer> {
  const module = await load<{ startTestSmtpServer(o: { port?: number }): Promise<TestSmtpServer> }>('mail/testing/start-test-smtp-server.js');
  return module.startTestSmtpServer(options);
}

/** A database file with every server migration applied. */
export async function openMigratedDatabase(file: string): Promise<Database.Database> {
  const module = await load<{ openMigratedDatabase(file: string): Database.Database }>('mail/testing/open-migrated-database.js');
  const db = module.openMigratedDatabase(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  return db;
}

export interface OutgoingMail {
  kind: 'mentor-request' | 'mentor-reminder' | 'requester-accepted' | 'requester-declined' | 'requester-expired';
  requestId: string;
  to: { name: string; address: string };
  replyTo?: { name: string; address: string };
  language: string;
  contentLanguage: string;
  subject: string;
  text: string;
  html: string;
}

export async function enqueueMail(db: Database.Database, mail: OutgoingMail, options: { now: number; publicBaseUrl: string }) {
  const module = await load<{ enqueueMail(d: Database.Database, m: OutgoingMail, o: { now: number; publicBaseUrl: string }): { id: number; messageId: string } | undefined }>('mail/outbox.js');
  return module.enqueueMail(db, mail, options);
}

/** `count` simple mentor mails, each for its own request. */
export async function queueMails(db: Database.Database, count: number): Promise<string[]> {
  const ids: string[] = [];
  db.exec('BEGIN');
  for (let i = 0; i < count; i++) {
    const queued = await enqueueMail(
      db,
      {
        kind: 'mentor-request',
        requestId: `req-${i}`,
        to: { name: `Mentor ${i}`, address: `mentor-${i}@example.org` },
        language: 'en',
        contentLanguage: 'en',
        subject: `Request ${i}`,
        text: `Mail number ${i}\n`,
        html: `<p>Mail number ${i}</p>`,
      },
      { now: Date.now(), publicBaseUrl: 'https://mentors.example.org/' },
    );
    if (!queued) throw new Error('not queued');
    ids.push(queued.messageId);
  }
  db.exec('COMMIT');
  return ids;
}

export interface MailSettings {
  maxAttempts?: number;
  leaseMs?: number;
  pollMs?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
}

export interface WorkerProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const WORKER_SCRIPT = fileURLToPath(new URL('./fault-mail-worker-process.mjs', import.meta.url));

/** Runs the mail worker in its own Node process on `databaseFile`; resolves once it sends. */
export async function startWorkerProcess(databaseFile: string, smtpUrl: string, mail: MailSettings): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [WORKER_SCRIPT, databaseFile, smtpUrl, JSON.stringify(mail)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (log.includes('worker started')) return resolve();
      if (child.exitCode !== null) return reject(new Error(`worker exited:\n${log}`));
      setTimeout(check, 20);
    };
    check();
  });
  return { child, output: () => log, exited };
}

/** Resolves when `predicate` is true, checking every 25 ms. */
export async function until(predicate: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

// Typed access to the server's mail modules (plain JavaScript with JSDoc) for cross-process
// tests, and a child process that runs the mail worker on a database file.
import { spawn } from 'node:child_process';
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

/** Resolves when `predicate` is true, checking every 25 ms. */
export async function until(predicate: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const SERVER_BIN = fileURLToPath(new URL('../packages/server/bin/mentor-finder-server.js', import.meta.url));
const FAULT_SERVER = fileURLToPath(new URL('./fault-server-process.mjs', import.meta.url));
export const REPO_DIR = fileURLToPath(new URL('../', import.meta.url));
export const TEST_SECRET = 'mail-and-answer-tests-secret-0123456789';

export interface ServiceProcess {
  url: string;
  port: number;
  output(): string;
  /**
   * SIGTERM and the exit code. The first call rejects with the log's last lines when the service has
   * not exited within `deadlineMs` (it is then killed); later calls settle with the exit code.
   */
  stop(deadlineMs?: number): Promise<number | null>;
  /** SIGKILL: no shutdown at all. */
  kill(): Promise<NodeJS.Signals | null>;
}

/**
 * The real server binary as its own process on 127.0.0.1, port 0, with `env` on top of a
 * development set-up (sample programmes, the example site, high rate limits).
 */
export async function startServiceProcess(env: Record<string, string>, options: { timeoutMs?: number; mail?: MailSettings } = {}): Promise<ServiceProcess> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  // With mail timings the server runs through a launcher that passes them to startService.
  const args = options.mail ? [FAULT_SERVER, JSON.stringify(options.mail)] : [SERVER_BIN];
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      MF_MODE: 'development',
      MF_HOST: '127.0.0.1',
      MF_PORT: '0',
      MF_SECRET: TEST_SECRET,
      MF_SMTP_FROM: 'Mentor Finder <noreply@mentors.example.org>',
      MF_PROGRAMMES_FILE: `${REPO_DIR}../shared/data/programmes.json`,
      MF_SITE_DIR: `${REPO_DIR}examples/national-site`,
      MF_RATE_LIMIT_MAX: '100000',
      MF_LOG_LEVEL: 'info',
      ...env,
    },
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    const check = () => {
      const line = log.split('\n').find((l) => l.includes('"msg":"listening"'));
      if (line) return resolve((JSON.parse(line) as { url: string }).url);
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill('SIGKILL');
        return reject(new Error(`server did not start:\n${log}`));
      }
      setTimeout(check, 25);
    };
    check();
  });
  let stopped: Promise<number | null> | undefined;
  return {
    url,
    port: Number(new URL(url).port),
    output: () => log,
    stop(deadlineMs = 20_000) {
      // A cleanup that stops the service again must not report (or stop on) the same failure twice.
      if (stopped) return stopped.catch(() => child.exitCode);
      const first = (stopped = (async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), deadlineMs)));
        const code = await Promise.race([exited, late]).finally(() => clearTimeout(timer));
        if (code !== 'late') return code;
        // A hook's timeout would say nothing of why; the log says what the service was still doing.
        child.kill('SIGKILL');
        await exited;
        throw new Error(`the service had not exited ${deadlineMs} ms after SIGTERM; its last log lines:\n${log.split('\n').slice(-15).join('\n')}`);
      })());
      return first;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
      return child.signalCode;
    },
  };
}

export interface Forwarder {
  /** Where clients connect, ending in "/"; use it as MF_PUBLIC_BASE_URL. */
  url: string;
  /** Sends connections on to this port from now on. */
  forwardTo(port: number): void;
  close(): Promise<void>;
}

/**
 * A plain TCP forwarder on 127.0.0.1, port 0, started before the server so the public base URL
 * (the address in mail links) is known before the server picks its own free port.
 */
export async function startForwarder(): Promise<Forwarder> {
  const { createServer, connect } = await import('node:net');
  let target = 0;
  const sockets = new Set<import('node:net').Socket>();
  const server = createServer((client) => {
    const upstream = connect(target, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as import('node:net').AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    forwardTo(p) {
      target = p;
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The answer links of a mentor's mail, in order accept, decline, pause. */
export function answerLinks(text: string): { accept: string; decline: string; pause: string } {
  const links = [...text.matchAll(/https?:\/\/\S+\/answer\?t=[A-Za-z0-9_.-]+/g)].map((m) => m[0]);
  if (links.length !== 3) throw new Error(`expected 3 answer links, found ${links.length}`);
  const [accept, decline, pause] = links as [string, string, string];
  return { accept, decline, pause };
}

/** A raw HTTP request with no Origin header unless given, as a mail client or a script sends it. */
export async function httpRequest(url: string, options: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<{ status: number; body: string }> {
  const { request } = await import('node:http');
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: { ...(options.body !== undefined ? { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(options.body)) } : {}), ...options.headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A contact request as the widget sends it. */
export function contactRequest(mentorId: string, programmeId: string, overrides: Record<string, unknown> = {}) {
  return {
    mentorId,
    programmeId,
    sender: { name: 'Maarja Kask', email: 'maarja.kask@example.net', country: 'EE', role: 'teacher', languages: ['et', 'en'] },
    message: { text: 'Tere! Registreerusin eTwinningusse septembris ja otsin abi partneri leidmisel.', lang: 'et' },
    topics: ['partner-finding'],
    consent: { privacyNoticeAccepted: true, noticeVersion: '2025-08' },
    client: { locale: 'et', widgetVersion: '0.1.0' },
    idempotencyKey: `key-${Math.random().toString(36).slice(2)}-${Date.now()}`,
    hp: '',
    ...overrides,
  };
}

export async function postContactRequest(baseUrl: string, body: unknown): Promise<{ status: number; json: { id?: string; status?: string; code?: string } }> {
  const response = await fetch(new URL('api/contact-requests', baseUrl), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as { id?: string; status?: string; code?: string } };
}

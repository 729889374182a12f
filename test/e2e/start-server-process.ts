// Starts the server as its own process (the real bin/mentor-finder-server.js) on a free port with a
// fresh data folder, the example national site and coordinator page, for end-to-end tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED_DATA_DIR } from '../sample-data.js';

export const SERVER_BIN = fileURLToPath(new URL('../../packages/server/bin/mentor-finder-server.js', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

export interface ServerProcessOptions {
  /** Contact requests one client may send per window (the browser tests send several). */
  rateLimitMax?: number;
  mentorsFile?: string;
  /** An existing data folder to reuse (a restart); it is left in place on stop. Default: a fresh one, removed on stop. */
  dataDir?: string;
  /** A fixed port (a restart on the same URL). Default: a free one. */
  port?: number;
  /** More MF_* settings. */
  env?: Record<string, string>;
  /** How long to wait for the start log. */
  timeoutMs?: number;
}

export interface ServerProcess {
  /** Base URL, ending in "/". */
  url: string;
  port: number;
  dataDir: string;
  /** The SQLite file the server writes. */
  databaseFile: string;
  /** Everything the server printed so far (JSON log lines). */
  output(): string;
  /** SIGTERM, wait for the exit code, remove the data folder if it made it. */
  stop(): Promise<number | null>;
}

const DEFAULTS = Object.freeze({ rateLimitMax: 1000, timeoutMs: 15_000 });

export async function startServerProcess(options: ServerProcessOptions = {}): Promise<ServerProcess> {
  const { rateLimitMax, timeoutMs } = { ...DEFAULTS, ...options };
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'mf-e2e-'));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    MF_MODE: 'development',
    MF_HOST: '127.0.0.1',
    MF_PORT: String(options.port ?? 0),
    MF_DATA_DIR: dataDir,
    MF_MENTORS_FILE: options.mentorsFile ?? `${SHARED_DATA_DIR}mentors.json`,
    MF_PROGRAMMES_FILE: `${SHARED_DATA_DIR}programmes.json`,
    MF_SITE_DIR: `${EXAMPLES}national-site`,
    MF_COORDINATOR_DIR: `${EXAMPLES}coordinator`,
    MF_RATE_LIMIT_MAX: String(rateLimitMax),
    ...options.env,
  };
  const child = spawn(process.execPath, [SERVER_BIN], { stdio: ['ignore', 'pipe', 'pipe'], env });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  try {
    const url = await waitForUrl(child, () => log, timeoutMs);
    let stopped: Promise<number | null> | undefined;
    return {
      url,
      port: Number(new URL(url).port),
      dataDir,
      databaseFile: join(dataDir, 'mentor-finder.sqlite'),
      output: () => log,
      stop() {
        stopped ??= (async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          const code = await exited;
          if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
          return code;
        })();
        return stopped;
      },
    };
  } catch (error) {
    child.kill('SIGKILL');
    if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** The URL of the server's "listening" log line. */
function waitForUrl(child: ChildProcess, log: () => string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`server did not start within ${timeoutMs} ms:\n${log()}`)), timeoutMs);
    const check = () => {
      const match = /"url":"(http:\/\/[^"]+\/)"[^\n]*"msg":"listening"/.exec(log());
      if (match?.[1]) done(undefined, match[1]);
    };
    const onExit = (code: number | null) => done(new Error(`server exited with ${code} before starting:\n${log()}`));
    function done(error?: Error, url?: string) {
      clearTimeout(timer);
      child.stdout?.off('data', check);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(url as string);
    }
    child.stdout?.on('data', check);
    child.once('exit', onExit);
    check();
  });
}

// Starts the reference server as its own process (the real bin/serve.mjs) on a free port with a
// fresh data folder, for end-to-end tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SERVE_BIN = fileURLToPath(new URL('../../examples/server/bin/serve.mjs', import.meta.url));

export interface ServerProcessOptions {
  /** Contact requests one address may send at once (the browser tests send several). */
  rateBurst?: number;
  ratePerMinute?: number;
  mentorsFile?: string;
  /** An existing data folder to reuse (a restart); it is left in place on stop. Default: a fresh one, removed on stop. */
  dataDir?: string;
  /** A fixed port (a restart on the same URL). Default: a free one. */
  port?: number;
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
  /** Everything the server printed so far. */
  output(): string;
  /** SIGTERM, wait for the exit code, remove the data folder if it made it. */
  stop(): Promise<number | null>;
}

const DEFAULTS = Object.freeze({ rateBurst: 1000, ratePerMinute: 1000, timeoutMs: 15_000 });

export async function startServerProcess(options: ServerProcessOptions = {}): Promise<ServerProcess> {
  const { rateBurst, ratePerMinute, timeoutMs } = { ...DEFAULTS, ...options };
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'mf-e2e-'));
  const args = [SERVE_BIN, '--port', String(options.port ?? 0), '--data-dir', dataDir, '--rate-burst', String(rateBurst), '--rate-per-minute', String(ratePerMinute)];
  if (options.mentorsFile) args.push('--mentors', options.mentorsFile);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
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

function waitForUrl(child: ChildProcess, log: () => string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`server did not start within ${timeoutMs} ms:\n${log()}`)), timeoutMs);
    const check = () => {
      const match = /National site:\s+(http:\/\/\S+\/)/.exec(log());
      if (match?.[1] && log().includes('Press Ctrl+C')) done(undefined, match[1]);
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

// @ts-check
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { makeContactRequest } from '../test-support/make-contact-request.mjs';

const BIN = fileURLToPath(new URL('./serve.mjs', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'mf-serve-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** @param {Response} response @returns {Promise<any>} */
const json = (response) => response.json();

/** @param {string[]} args */
function run(args) {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk) => (output.stdout += chunk));
  child.stderr.on('data', (chunk) => (output.stderr += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output, exited };
}

/** @param {() => boolean} ready */
async function until(ready, ms = 10_000) {
  const end = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('bin/serve.mjs', () => {
  it('starts, lists the URLs to open, stores a request durably and shuts down on SIGTERM', async () => {
    const { child, output, exited } = run(['--port', '0', '--data-dir', dataDir]);
    await until(() => output.stdout.includes('Press Ctrl+C'));
    const url = /National site:\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output.stdout)?.[1];
    expect(url).toBeDefined();
    expect(output.stdout).toContain(`${url}coordinator/`);
    expect(output.stdout).toContain(`${url}api/outbox`);
    expect(output.stdout).toMatch(/\d+ of 40 records published/);

    const response = await fetch(`${url}api/contact-requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(makeContactRequest()),
    });
    expect(response.status).toBe(201);
    const { id } = await json(response);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const db = new Database(join(dataDir, 'mentor-finder.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT status, mentor_email FROM contact_requests WHERE id = ?').get(id)).toEqual({
        status: 'received',
        mentor_email: 'kadri.tamm@example.org',
      });
      expect(db.prepare('SELECT count(*) AS n FROM outbox WHERE contact_request_id = ?').get(id)).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });

  it('explains bad arguments and exits 2', async () => {
    const { output, exited } = run(['--port', 'eighty']);
    expect(await exited).toBe(2);
    expect(output.stderr).toContain('--port: expected a number');
    expect(output.stderr).toContain('Usage:');
  });
});

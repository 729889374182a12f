// @ts-check
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./start-demo.mjs', import.meta.url));
/** @type {(() => void)[]} */
const cleanups = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/**
 * Starts `npm start`'s script on a free port and resolves with what it printed once it is up.
 * @param {Record<string, string | undefined>} [env] an undefined value leaves the variable unset
 */
function startDemo(env = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'mf-demo-'));
  /** @type {Record<string, string | undefined>} */
  const merged = { ...process.env, MF_PORT: '0', MF_DATA_DIR: dataDir, MF_LOG_LEVEL: 'silent', ...env };
  for (const [name, value] of Object.entries(merged)) if (value === undefined) delete merged[name];
  const child = spawn(process.execPath, [SCRIPT], { env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
  cleanups.push(() => {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk) => (err += chunk));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('Press Ctrl+C')) resolve({ out, err, code: null });
    });
    child.on('exit', (code) => resolve({ out, err, code }));
    child.on('error', reject);
  });
}

/** @param {Response} response */
const cookiesOf = (response) => response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');

describe('npm start', () => {
  it('takes a free port when 8080 is in use, and says so', async () => {
    const holder = createServer();
    await new Promise((resolve) => {
      holder.once('error', resolve); // something else holds it already: as good for this test
      holder.listen(8080, '127.0.0.1', () => resolve(undefined));
    });
    cleanups.push(() => holder.close());
    const { out, code } = /** @type {{ out: string, code: number | null }} */ (await startDemo({ MF_PORT: undefined, PORT: undefined }));
    expect(code, out).toBeNull();
    expect(out).toContain('Port 8080 is in use; the demo takes a free one (set MF_PORT to choose).');
    const site = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
    expect(Number(site?.[1])).not.toBe(8080);
    expect((await fetch(/** @type {RegExpExecArray} */ (site)[0])).status).toBe(200);
  });

  it('prints a workspace account that signs in', async () => {
    const { out, err, code } = /** @type {{ out: string, err: string, code: number | null }} */ (await startDemo());
    expect(code, err).toBeNull();
    const match = /Workspace: +(\S+) +\(sign in as (\S+), password (\S+)\)/.exec(out);
    expect(match, out).not.toBeNull();
    const [, workspaceUrl, email, password] = /** @type {RegExpExecArray} */ (match);
    const origin = new URL(workspaceUrl).origin;

    const form = await fetch(new URL('login', workspaceUrl));
    expect(form.status).toBe(200);
    const token = /name="csrf" value="([^"]+)"/.exec(await form.text())?.[1];
    expect(token).toBeTruthy();
    const signIn = await fetch(new URL('login', workspaceUrl), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin, cookie: cookiesOf(form) },
      body: new URLSearchParams({ csrf: /** @type {string} */ (token), email, password }),
    });
    expect(signIn.status).toBe(303);
    const session = cookiesOf(signIn);
    expect(session).toMatch(/mf_coordinator=/);
    const page = await fetch(workspaceUrl, { headers: { cookie: session } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(email);
  }, 60_000);

  it('refuses a demo password that is too short, naming the setting', async () => {
    const { err, code } = /** @type {{ err: string, code: number | null }} */ (await startDemo({ MF_DEMO_COORDINATOR_PASSWORD: 'short' }));
    expect(code).toBe(78);
    expect(err).toContain('MF_DEMO_COORDINATOR_PASSWORD');
  }, 60_000);
});

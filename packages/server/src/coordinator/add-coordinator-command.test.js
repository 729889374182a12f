// @ts-check
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open-database.js';
import { checkPassword } from './coordinator-accounts.js';

const BIN = fileURLToPath(new URL('../../bin/mentor-finder-server.js', import.meta.url));

/**
 * @param {string[]} args
 * @param {string} input written to standard input, then closed
 * @param {string} dataDir
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string }>}
 */
function run(args, input, dataDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, MF_MODE: 'development', MF_DATA_DIR: dataDir }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('mentor-finder-server add-coordinator', () => {
  it('reads the password from standard input and stores only an argon2id hash; running it again changes the password', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mf-coordinator-'));
    const password = 'a long passphrase for Liina';
    const first = await run(['add-coordinator', '--email', 'liina@example.org'], `${password}\n`, dataDir);
    expect(first).toMatchObject({ code: 0, stdout: 'Coordinator liina@example.org added.\n' });
    expect(first.stdout + first.stderr).not.toContain(password);

    const second = await run(['add-coordinator', '--email', 'liina@example.org'], 'another long passphrase', dataDir);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Password of coordinator liina@example.org changed');

    const db = openDatabase(dataDir);
    try {
      const rows = /** @type {{ email: string, password_hash: string }[]} */ (db.prepare('SELECT email, password_hash FROM coordinators').all());
      expect(rows).toHaveLength(1);
      expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$/);
      expect(JSON.stringify(rows)).not.toContain('passphrase');
      expect(await checkPassword(db, 'liina@example.org', password)).toBeUndefined();
      expect(await checkPassword(db, 'LIINA@example.org', 'another long passphrase')).toMatchObject({ email: 'liina@example.org' });
    } finally {
      db.close();
    }
  });

  it('refuses a missing --email, a short password, and a password on the command line', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mf-coordinator-'));
    expect(await run(['add-coordinator'], 'a long enough password\n', dataDir)).toMatchObject({ code: 2, stderr: expect.stringContaining('--email') });
    expect(await run(['add-coordinator', '--email', 'x@example.org'], 'short\n', dataDir)).toMatchObject({ code: 2, stderr: expect.stringContaining('at least 12 characters') });
    const argv = await run(['add-coordinator', '--email', 'x@example.org', '--password', 'a long enough password'], '', dataDir);
    expect(argv.code).toBe(2);
    expect(argv.stderr).toContain("Unknown option '--password'");
  });

  it('names MF_DATA_DIR (exit 78) when it cannot write there, before asking for a password', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'mf-coordinator-'));
    writeFileSync(join(parent, 'taken'), '');
    const result = await run(['add-coordinator', '--email', 'x@example.org'], 'a long enough password\n', join(parent, 'taken', 'data'));
    expect(result.code).toBe(78);
    expect(result.stderr).toMatch(/^Configuration error: MF_DATA_DIR: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

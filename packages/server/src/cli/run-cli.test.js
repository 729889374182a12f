// @ts-check
import { execFile } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open-database.js';
import { listMigrations } from '../db/run-migrations.js';
import { runCli, USAGE, VERSION } from './run-cli.js';

const BIN = fileURLToPath(new URL('../../bin/mentor-finder-server.js', import.meta.url));

/** @param {string[]} argv @param {Record<string, string>} [env] */
async function run(argv, env = {}) {
  let stdout = '';
  let stderr = '';
  const result = await runCli(argv, { env, cwd: tmpdir(), stdout: { write: (t) => (stdout += t) }, stderr: { write: (t) => (stderr += t) } });
  return { code: result.code, stdout, stderr };
}

describe('mentor-finder-server', () => {
  it('--help and --version', async () => {
    expect(await run(['--help'])).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    expect((await run(['--version'])).stdout).toBe(`${VERSION}\n`);
  });

  it('refuses an unknown command or option with the usage', async () => {
    const unknown = await run(['serv']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command: serv');
    expect((await run(['--port', '1'])).code).toBe(2);
  });

  it('stops on a configuration error, naming the setting', async () => {
    const result = await run(['migrate'], { MF_MODE: 'production', MF_PUBLIC_BASE_URL: 'https://m.example.org' });
    expect(result.code).toBe(78);
    expect(result.stderr).toMatch(/^Configuration error: MF_SECRET: required/);
  });

  it('migrate applies the migrations once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mf-cli-'));
    const env = { MF_MODE: 'development', MF_DATA_DIR: dataDir };
    const first = await run(['migrate'], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`schema version ${listMigrations().length}`);
    expect((await run(['migrate'], env)).stdout).toBe(`Schema is current (version ${listMigrations().length})\n`);
    const db = openDatabase(dataDir);
    expect(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(listMigrations().length);
    db.close();
  });

  it('keeps the data folder and the database to the service user, and names MF_DATA_DIR when it cannot write there (exit 78)', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'mf-data-'));
    const dataDir = join(parent, 'data');
    expect((await run(['migrate'], { MF_MODE: 'development', MF_DATA_DIR: dataDir })).code).toBe(0);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dataDir, 'mentor-finder.sqlite')).mode & 0o777).toBe(0o600);
    const db = openDatabase(dataDir);
    db.prepare('SELECT count(*) FROM schema_migrations').get();
    expect(statSync(join(dataDir, 'mentor-finder.sqlite-wal')).mode & 0o777).toBe(0o600);
    db.close();
    // A file where the folder should be: what a folder the service cannot write gives, also to root.
    writeFileSync(join(parent, 'taken'), '');
    for (const command of [['migrate'], []]) {
      const result = await run(command, { MF_MODE: 'development', MF_DATA_DIR: join(parent, 'taken', 'data'), MF_PORT: '0' });
      expect(result.code).toBe(78);
      expect(result.stderr).toMatch(/^Configuration error: MF_DATA_DIR: .*taken\/data: .*the service's user must be able to create and write files in this folder/);
    }
  });

  it('the binary itself exits 78 with the setting named', async () => {
    /** @type {{ code: number | string | null | undefined, stderr: string }} */
    const result = await new Promise((resolve) => {
      execFile(process.execPath, [BIN], { env: { PATH: process.env.PATH ?? '', MF_MODE: 'production' } }, (error, _out, err) => resolve({ code: error ? error.code : 0, stderr: err }));
    });
    expect(result.code).toBe(78);
    expect(result.stderr).toMatch(/MF_PUBLIC_BASE_URL: required/);
  });
});

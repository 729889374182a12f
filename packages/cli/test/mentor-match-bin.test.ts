// Runs the built binary as a coordinator would; needs `npm run build -w @mentor-finder/cli` first.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from './memory-io.js';

const BIN = fileURLToPath(new URL('../bin/mentor-match.js', import.meta.url));
const DIST = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'mentor-match-'));

function runBin(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: FIXTURES, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('bin/mentor-match.js', () => {
  it('is built', () => {
    expect(existsSync(DIST), 'run npm run build -w @mentor-finder/cli').toBe(true);
  });

  it('pairs CSV exports and writes a spreadsheet-ready CSV file', async () => {
    const out = join(work, 'pairs.csv');
    const result = await runBin(['pairs', '--mentors', 'mentors-bom-semicolon.csv', '--mentees', 'mentees-comma.csv', '--programme', 'programmes.json', '--out', out]);
    expect(result.stderr).toMatch(/etwinning-mentors-2026: \d+ of 10 mentees paired/);
    expect(result.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFprogramme,status,menteeId')).toBe(true);
    expect(text.split('\r\n').length).toBeGreaterThan(10);
  });

  it('exits 1 on a CSV with bad rows and names them', async () => {
    const result = await runBin(['pairs', '--mentors', 'mentors.json', '--mentees', 'mentees-broken.csv', '--out', join(work, 'broken.md')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/mentees-broken\.csv row 3, column "languages"/);
    expect(readFileSync(join(work, 'broken.md'), 'utf8')).toMatch(/## Input problems/);
  });

  it('stops quietly when the reader of its output goes away (| head)', async () => {
    // A shell pipe, as a coordinator writes it: a socket pair from spawn() buffers the whole output.
    const script = `"${process.execPath}" "${BIN}" pairs --mentors mentors.json --mentees mentees.json --programme programmes.json --format json | head -c 10 > /dev/null; echo "exit \${PIPESTATUS[0]}" >&2`;
    const { stderr } = await new Promise<{ stderr: string }>((resolve) => execFile('bash', ['-c', script], { cwd: FIXTURES, encoding: 'utf8' }, (_error, _stdout, text) => resolve({ stderr: text })));
    expect(stderr).not.toMatch(/EPIPE|Unhandled|\n\s+at /);
    expect(stderr).toMatch(/^exit 0$/m);
  });

  it('prints help and exits 2 on a wrong option', async () => {
    expect((await runBin(['pairs', '--help'])).stdout).toMatch(/Column mapping/);
    expect((await runBin(['pairs', '--bogus'])).code).toBe(2);
  });
});

// @ts-check
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_DATA_DIR } from './sample-data.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'mf-node-examples-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** @param {string} script @param {string[]} args @returns {Promise<{ code: number, stdout: string, stderr: string }>} */
function run(script, args = []) {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(HERE, script), ...args], { timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const mentors = JSON.parse(readFileSync(join(SAMPLE_DATA_DIR, 'mentors.json'), 'utf8'));
const emails = mentors.map((/** @type {any} */ m) => m.private.email);

describe('rank-mentors.mjs', () => {
  it('lists mentors of the mentee\'s programme best first, each with reasons in words', async () => {
    const { code, stdout } = await run('rank-mentors.mjs', ['e-ee-01', '--limit', '5']);
    expect(code).toBe(0);
    expect(stdout).toContain('Mentors for Maarja K. (e-ee-01, EE)');
    const ranked = [...stdout.matchAll(/^\s*(\d+)\. .+ \((m-[a-z]{2}-\d{2}), [A-Z]{2}\)\s+score (\d\.\d\d)$/gm)];
    expect(ranked.map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5]);
    const scores = ranked.map((m) => Number(m[3]));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const [, , id] of ranked) expect(id).not.toMatch(/^m-cc-/); // other programme
    const reasonLines = stdout.split('\n').filter((line) => /^\s{6}[+\-!] \S/.test(line));
    expect(reasonLines.length).toBeGreaterThanOrEqual(5);
    for (const line of reasonLines) expect(line.trim().slice(2), line).not.toMatch(/^[a-z]+(-[a-z]+)*$/); // words, not bare codes
    for (const email of emails) expect(stdout).not.toContain(email);
  });

  it('speaks the chosen language and names a missing mentee', async () => {
    const en = await run('rank-mentors.mjs', ['e-ee-01', '--limit', '3']);
    const et = await run('rank-mentors.mjs', ['e-ee-01', '--limit', '3', '--lang', 'et']);
    expect(et.code).toBe(0);
    expect(et.stdout).not.toBe(en.stdout);
    const missing = await run('rank-mentors.mjs', ['e-zz-99']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No sample mentee "e-zz-99"');
  });
});

describe('suggest-pairs.mjs', () => {
  it('suggests pairs per programme, each mentee at most once, mentors within capacity', async () => {
    const { code, stdout } = await run('suggest-pairs.mjs');
    expect(code).toBe(0);
    expect(stdout).toContain('(etwinning-mentors-2026)');
    expect(stdout).toContain('(career-mentoring-2025-26)');
    const pairs = [...stdout.matchAll(/^\s+(e-[a-z]{2}-\d{2}) .+ -> (m-[a-z]{2}-\d{2}) .+ score (\d\.\d\d)$/gm)];
    expect(pairs.length).toBeGreaterThan(10);
    const menteeIds = pairs.map((p) => p[1]);
    expect(new Set(menteeIds).size).toBe(menteeIds.length);
    /** @type {Map<string, number>} */
    const load = new Map();
    for (const [, , mentorId] of pairs) load.set(/** @type {string} */ (mentorId), (load.get(/** @type {string} */ (mentorId)) ?? 0) + 1);
    for (const [mentorId, count] of load) {
      const mentor = mentors.find((/** @type {any} */ m) => m.id === mentorId);
      expect(count, mentorId).toBeLessThanOrEqual(mentor.capacity.maxMentees - mentor.capacity.currentMentees);
    }
    const headers = [...stdout.matchAll(/(\d+) of (\d+) mentees paired/g)];
    expect(headers).toHaveLength(2);
    expect(headers.reduce((sum, h) => sum + Number(h[1]), 0)).toBe(pairs.length);
  });
});

describe('validate-file.mjs', () => {
  it('passes the sample files', async () => {
    for (const name of ['mentors', 'mentees']) {
      const { code, stdout } = await run('validate-file.mjs', [join(SAMPLE_DATA_DIR, `${name}.json`)]);
      expect(code, name).toBe(0);
      expect(stdout).toMatch(new RegExp(`${name}, (\\d+) of \\1 records valid, 0 error\\(s\\)`));
    }
  });

  it('lists each error by record and field and exits 1', async () => {
    const broken = mentors.slice(0, 3).map((/** @type {any} */ m) => structuredClone(m));
    broken[1].languages = [{ code: 'xx-long', level: 'fluent' }];
    delete broken[2].displayName;
    const file = join(tmp, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const { code, stdout } = await run('validate-file.mjs', [file]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/#1 \(m-ee-02\) \/1\/languages\/0\/\S+: /);
    expect(stdout).toMatch(/#2 \(m-ee-03\) .*displayName/);
    expect(stdout).toMatch(/1 of 3 records valid/);
  });

  it('exits 2 for a file that is not JSON or a missing argument', async () => {
    const file = join(tmp, 'not.json');
    writeFileSync(file, 'id;name\n1;x');
    const bad = await run('validate-file.mjs', [file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('cannot read it as JSON');
    expect((await run('validate-file.mjs')).code).toBe(2);
  });
});

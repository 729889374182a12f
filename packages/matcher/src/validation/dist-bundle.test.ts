// The shipped bundle must run under a strict CSP: no schema compiler, no code built from strings.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';

const DIST = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
const GENERATED = fileURLToPath(new URL('./generated/validators.ts', import.meta.url));
const BUILD_HINT = 'run `npm run build -w @mentor-finder/matcher` first';

function read(file: string): string {
  if (!existsSync(file)) throw new Error(`${file} is missing: ${BUILD_HINT}`);
  return readFileSync(file, 'utf8');
}

describe('built validators', () => {
  it('the dist bundle evaluates no generated code and does not import ajv', () => {
    const code = read(DIST);
    expect(code).toContain('validateMentors');
    expect(code).not.toMatch(/new\s+Function\s*\(/);
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/from\s*['"]ajv|import\s*\(\s*['"]ajv|require\s*\(\s*['"]ajv|['"]ajv-formats/);
  });

  it('the generated module is plain ESM with no require', () => {
    const code = read(GENERATED);
    expect(code).toMatch(/^\/\/ @ts-nocheck/);
    expect(code).not.toMatch(/\brequire\s*\(/);
    expect(code).not.toMatch(/new\s+Function\s*\(|\beval\s*\(/);
    expect(code).toContain('export const validateMentorRecord');
  });

  it('the dist bundle validates the samples like the source does', async () => {
    read(DIST);
    const dist = await import(/* @vite-ignore */ DIST);
    const mentors = dist.validateMentors(loadSample('mentors'));
    expect(mentors.errors).toEqual([]);
    expect(mentors.valid).toHaveLength(40);
    expect(dist.validateMentees(loadSample('mentees')).valid).toHaveLength(60);
    const published = dist.toPublicMentors(mentors.valid);
    expect(dist.validatePublicMentors(published).valid).toHaveLength(38);
    const bad = dist.validateMentors([{ ...mentors.valid[0], country: 'EL' }]);
    expect(bad.errors.map((e: { code: string }) => e.code)).toEqual(['country-code']);
  });
});

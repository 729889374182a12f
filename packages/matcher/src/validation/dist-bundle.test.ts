// The shipped bundle must run under a strict CSP: no schema compiler, no code built from strings.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';

const DIST = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));
const GENERATED_DIR = fileURLToPath(new URL('./generated/', import.meta.url));
const GENERATED_EXPORTS = [
  'validateMentorRecord',
  'validatePublicMentorRecord',
  'validateMenteeRecord',
  'validateContactRequestRecord',
  'validateProgrammeRecord',
  'validatePairRecord',
];
const BUILD_HINT = 'run `npm run build -w @mentor-finder/matcher` first';

function read(file: string): string {
  if (!existsSync(file)) throw new Error(`${file} is missing: ${BUILD_HINT}`);
  return readFileSync(file, 'utf8');
}

const code = (file: string) => read(`${DIST_DIR}${file}`);

describe('built validators', () => {
  it('no module of the dist evaluates generated code or imports ajv', () => {
    expect(read(DIST)).toContain('validateMentors');
    const files = readdirSync(DIST_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    expect(files).toContain('validation/generated/validate-public-mentor-record.js');
    for (const file of files) {
      const code = read(`${DIST_DIR}${file}`);
      expect(code, file).not.toMatch(/new\s+Function\s*\(/);
      expect(code, file).not.toMatch(/\beval\s*\(/);
      expect(code, file).not.toMatch(/from\s*['"]ajv|import\s*\(\s*['"]ajv|require\s*\(\s*['"]ajv|['"]ajv-formats/);
    }
  });

  it('no module of the dist imports a Node built-in or any package', () => {
    // dist/cjs/ is the CommonJS build for require(): it requires nothing.
    const files = readdirSync(DIST_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js') && !file.startsWith('cjs/'));
    expect(files).toContain('csv/split-csv-records.js');
    const cjs = code('cjs/index.js');
    expect(cjs).toMatch(/\bexports\.validateMentors\s*=/);
    const required = [...cjs.matchAll(/\brequire\s*\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
    expect(required).toEqual([]);
    for (const file of files) {
      const specifiers = [...code(file).matchAll(/(?:^|[;\s])(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? m[2]);
      for (const specifier of specifiers) expect(specifier, file).toMatch(/^\.{1,2}\//);
      expect(code(file), file).not.toMatch(/\brequire\s*\(\s*['"]/);
    }
  });

  it('each generated module is plain ESM with no require and holds one validator', () => {
    for (const name of GENERATED_EXPORTS) {
      const file = `${GENERATED_DIR}${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.ts`;
      const code = read(file);
      expect(code).toMatch(/^\/\/ @ts-nocheck/);
      expect(code).not.toMatch(/\brequire\s*\(/);
      expect(code).not.toMatch(/new\s+Function\s*\(|\beval\s*\(/);
      expect(code).toContain(`export const ${name}`);
      expect(code.match(/export const \w+/g), file).toEqual([`export const ${name}`]);
    }
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

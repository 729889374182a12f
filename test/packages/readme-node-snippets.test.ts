// The js and ts blocks of every README, run in Node against the built packages, imported by name as
// an adopter does (the workspace links @mentor-finder/* into node_modules). Each block runs in its
// own empty folder with the sample data files it names; ts blocks are type-checked first with
// tsc --strict and module node16. A block that fails to type-check, throws or exits non-zero fails
// its test, named by README and line. json blocks that name a data format are read by the matcher's
// reader of that format. Conventions: readme-snippets.ts.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { transform } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DATA_DIR } from '../sample-data.js';
import { fromCompactPublicMentors, isCompactPublicMentors, parseColumnMapping } from '@mentor-finder/matcher';
import { allSnippets, checkClaims, jsonFormatOf, namedDataFiles, REPOSITORY_ROOT, treatmentOf, where, type Snippet } from './readme-snippets.js';

const run = promisify(execFile);
const snippets = allSnippets().filter((snippet) => treatmentOf(snippet) === 'node');
const folderOf = (snippet: Snippet) => `${snippet.readme.replace(/[^\w]+/g, '-')}-${snippet.line}`;
let workDir: string;
/** tsc's complaints by snippet folder. */
const typeErrors = new Map<string, string[]>();

beforeAll(async () => {
  for (const dist of ['matcher/dist/index.js', 'cli/dist/index.js', 'widget/dist/index.js']) {
    if (!existsSync(join(REPOSITORY_ROOT, 'packages', dist))) throw new Error(`packages/${dist} is missing: run \`npm run build\` first`);
  }
  workDir = mkdtempSync(join(tmpdir(), 'mf-readme-snippets-'));
  // Package names resolve as in an adopter's project; the folder itself lies outside the workspace.
  symlinkSync(join(REPOSITORY_ROOT, 'node_modules'), join(workDir, 'node_modules'), 'dir');
  writeFileSync(join(workDir, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
  const tsFiles: string[] = [];
  for (const snippet of snippets) {
    const dir = join(workDir, folderOf(snippet));
    mkdirSync(dir);
    for (const name of namedDataFiles(snippet.code)) {
      if (existsSync(join(SHARED_DATA_DIR, name))) copyFileSync(join(SHARED_DATA_DIR, name), join(dir, name));
    }
    if (snippet.lang === 'ts') {
      writeFileSync(join(dir, 'snippet.ts'), snippet.code);
      tsFiles.push(`${folderOf(snippet)}/snippet.ts`);
    }
    const checked = checkClaims(snippet.code, snippet.line).code;
    const { code } = snippet.lang === 'ts' ? await transform(checked, { loader: 'ts', format: 'esm', target: 'node20' }) : { code: checked };
    writeFileSync(join(dir, 'snippet.mjs'), code);
  }
  if (tsFiles.length === 0) return;
  const compilerOptions = { strict: true, module: 'node16', moduleResolution: 'node16', target: 'es2022', lib: ['es2022'], types: ['node'], noEmit: true, skipLibCheck: true };
  writeFileSync(join(workDir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: tsFiles }));
  const tsc = join(REPOSITORY_ROOT, 'node_modules', '.bin', 'tsc');
  const output = await run(tsc, ['-p', workDir, '--pretty', 'false'], { cwd: workDir }).then(
    ({ stdout }) => stdout,
    (error: { stdout?: string; message: string }) => error.stdout || error.message,
  );
  const folders = new Set(snippets.map(folderOf));
  for (const line of output.split('\n').filter(Boolean)) {
    // Continuation lines and complaints about the set-up itself are kept under ''.
    const folder = line.split('/')[0] ?? '';
    const key = folders.has(folder) ? folder : '';
    typeErrors.set(key, [...(typeErrors.get(key) ?? []), line]);
  }
}, 120_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

it('there are Node snippets to run, and tsc complains of nothing but them', () => {
  expect(snippets.length).toBeGreaterThan(0);
  expect(typeErrors.get('') ?? []).toEqual([]);
});

describe.each(snippets.map((snippet) => [where(snippet), snippet] as const))('%s', (place, snippet) => {
  if (snippet.lang === 'ts') {
    it('type-checks under --strict (module node16)', () => {
      expect(typeErrors.get(folderOf(snippet)) ?? [], `${place} does not type-check`).toEqual([]);
    });
  }

  it('runs in Node and exits 0', async () => {
    const dir = join(workDir, folderOf(snippet));
    const result = await run(process.execPath, ['snippet.mjs'], { cwd: dir, timeout: 30_000 }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code?: number | string; stderr?: string; message: string }) => ({ code: error.code ?? 'killed', stderr: error.stderr || error.message }),
    );
    expect(result, `${place} failed`).toEqual({ code: 0, stderr: expect.any(String) });
    expect(result.stderr, `${place} wrote to standard error`).toBe('');
  });
});

// JSON blocks that show a documented data format are read by the matcher's reader of that format.
const READERS: Readonly<Record<string, (data: unknown) => unknown>> = Object.freeze({
  'compact-public-mentors': (data) => {
    const records = fromCompactPublicMentors(data);
    return { compact: isCompactPublicMentors(data), records: records.length };
  },
  'column-mapping': (data) => {
    const result = parseColumnMapping(data);
    return result.ok ? { ok: true } : { ok: false, errors: result.errors };
  },
});
const EXPECTED: Readonly<Record<string, (data: unknown) => unknown>> = Object.freeze({
  'compact-public-mentors': (data) => ({ compact: true, records: (data as { count: number }).count }),
  'column-mapping': () => ({ ok: true }),
});

const formatted = allSnippets().filter((snippet) => treatmentOf(snippet) === 'parse' && jsonFormatOf(snippet));
it('there are json blocks in a documented format', () => {
  expect(formatted.map(jsonFormatOf).sort()).toEqual(['column-mapping', 'compact-public-mentors']);
});
it.each(formatted.map((snippet) => [where(snippet), jsonFormatOf(snippet)!, snippet] as const))('%s is read as %s', (place, format, snippet) => {
  const data: unknown = JSON.parse(snippet.code);
  expect(READERS[format]!(data), place).toEqual(EXPECTED[format]!(data));
});

// The packages as an adopter gets them: packed, installed into a project outside the workspace,
// used from Node (import and require), type-checked, linted for publishing, bundled by Vite, Rollup
// and esbuild, and the bundled finder driven in Chromium to a contact request.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdopterProject, PACKAGES, WORKSPACE, type AdopterProject } from './adopter-project.js';
import { buildPages, BUNDLERS, type Bundler } from './build-pages.js';
import { cdnEntryGzip, visitAndContact, visitPairPreview, type PairVisit, type Visit } from './visit-page.js';

const run = promisify(execFile);
const bin = (name: string) => join(WORKSPACE, 'node_modules', '.bin', name);
let project: AdopterProject;

beforeAll(() => {
  project = createAdopterProject();
}, 120_000);
afterAll(() => project?.remove());

const write = (path: string, text: string) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};

describe('from Node', () => {
  it('imports and requires the matcher', async () => {
    write(join(project.app, 'esm.mjs'), "import { rankMentors, SUPPORTED_LOCALES } from '@mentor-finder/matcher';\nconsole.log(typeof rankMentors, SUPPORTED_LOCALES.join());\n");
    write(join(project.app, 'cjs.cjs'), "const { rankMentors, SUPPORTED_LOCALES } = require('@mentor-finder/matcher');\nconsole.log(typeof rankMentors, SUPPORTED_LOCALES.join());\n");
    for (const file of ['esm.mjs', 'cjs.cjs']) {
      const { stdout } = await run(process.execPath, [file], { cwd: project.app });
      expect(stdout.trim()).toBe('function en,et,fi,lt,lv');
    }
  });

  it('imports the widget entries without a DOM', async () => {
    const script = "for (const entry of ['@mentor-finder/widget', '@mentor-finder/widget/pair-preview']) { const m = await import(entry); console.log(entry, typeof (m.MentorPairPreview ?? m.MentorFinder)); }\n";
    write(join(project.app, 'widget-node.mjs'), script);
    const { stdout } = await run(process.execPath, ['widget-node.mjs'], { cwd: project.app });
    expect(stdout.trim().split('\n')).toEqual(['@mentor-finder/widget function', '@mentor-finder/widget/pair-preview function']);
  });

  it('runs the CLI bin and imports run(argv, io)', async () => {
    const { stdout } = await run(process.execPath, [join(project.app, 'node_modules/@mentor-finder/cli/bin/mentor-match.js'), '--version'], { cwd: project.app });
    expect(stdout.trim()).toBe('mentor-match 0.1.0');
    write(join(project.app, 'cli.mjs'), "import { run, nodeIo } from '@mentor-finder/cli';\nprocess.exitCode = await run(['--version'], nodeIo({ cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr }));\n");
    expect((await run(process.execPath, ['cli.mjs'], { cwd: project.app })).stdout.trim()).toBe('mentor-match 0.1.0');
  });
});

describe('types', () => {
  // The CommonJS project: a validation result narrows on `ok`, and the query's literals keep their types.
  const snippet = [
    "import { scorePair, validateProgramme, type MenteeQuery } from '@mentor-finder/matcher';",
    "const query: MenteeQuery = { goals: { text: 'partner school' }, languages: [{ code: 'en', level: 'B2' }] };",
    "const result = validateProgramme({});",
    'if (result.ok) console.log(result.value.id);',
    'console.log(typeof scorePair, query.goals?.text);',
  ].join('\n');
  /** The matcher README's quick start, as shipped in the tarball. */
  const quickStart = () => /```ts\n([\s\S]*?)```/.exec(readFileSync(join(project.app, 'node_modules/@mentor-finder/matcher/README.md'), 'utf8'))?.[1] ?? 'missing quick start';

  it('type-checks under --strict with node16 (ES module and CommonJS) and bundler resolution', async () => {
    const widget = "import { MentorFinder } from '@mentor-finder/widget';\nimport '@mentor-finder/widget/define';\nimport { MentorPairPreview } from '@mentor-finder/widget/pair-preview';\nimport type { CliIo } from '@mentor-finder/cli';\nexport const all: [typeof MentorFinder, typeof MentorPairPreview, CliIo | undefined] = [MentorFinder, MentorPairPreview, undefined];\n";
    const projects = [
      { dir: 'ts-node16-esm', type: 'module', module: 'node16', moduleResolution: 'node16', files: { 'index.ts': `${quickStart()}\n${widget}` } },
      { dir: 'ts-node16-cjs', type: 'commonjs', module: 'node16', moduleResolution: 'node16', files: { 'index.ts': snippet } },
      { dir: 'ts-bundler', type: 'module', module: 'esnext', moduleResolution: 'bundler', files: { 'index.ts': `${quickStart()}\n${widget}` } },
    ];
    for (const p of projects) {
      const dir = join(project.app, p.dir);
      write(join(dir, 'package.json'), JSON.stringify({ type: p.type }));
      write(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: p.module, moduleResolution: p.moduleResolution, target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], skipLibCheck: false, noEmit: p.type !== 'commonjs', outDir: 'out', types: ['node'] }, include: ['*.ts'] }));
      for (const [name, text] of Object.entries(p.files)) write(join(dir, name), text);
      const result = await run(bin('tsc'), ['-p', dir]).catch((error: { stdout: string }) => ({ stdout: error.stdout, failed: true }));
      expect(result.stdout, p.dir).toBe('');
      if (p.type === 'commonjs') {
        const { stdout } = await run(process.execPath, [join(dir, 'out', 'index.js')], { cwd: dir });
        expect(stdout).toMatch(/function partner school/);
      }
    }
  }, 120_000);
});

describe.each(PACKAGES)('@mentor-finder/%s as published', (name) => {
  it('passes publint', async () => {
    const { stdout } = await run(bin('publint'), ['run', join(project.app, 'node_modules', '@mentor-finder', name), '--strict']);
    expect(stdout).not.toMatch(/warning|error|suggestion/i);
  }, 60_000);

  it('passes arethetypeswrong', async () => {
    // ES-module-only packages are not expected to resolve for node10 or to be required.
    const profile = name === 'matcher' ? [] : ['--profile', 'esm-only'];
    const result = await run(bin('attw'), [project.tarballs[name], ...profile, '--format', 'ascii']).catch((error: { stdout: string }) => ({ stdout: error.stdout, failed: true }));
    expect('failed' in result ? result.stdout : '').toBe('');
  }, 60_000);
});

describe('bundled into an app and visited in Chromium', () => {
  const visits = new Map<Bundler, Visit>();
  const pairVisits = new Map<Bundler, PairVisit>();
  let cdn: number;

  beforeAll(async () => {
    const pages = await buildPages(project.app);
    for (const bundler of BUNDLERS) visits.set(bundler, await visitAndContact(pages.finder[bundler]));
    for (const bundler of BUNDLERS) pairVisits.set(bundler, await visitPairPreview(pages.pair[bundler]));
    cdn = cdnEntryGzip(project.app);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(`JS loaded before the first click (gzip): CDN entry ${kb(cdn)}`);
    const cdnPage = visits.get('cdn')?.jsBeforeClickGzip ?? Number.NaN;
    for (const [bundler, visit] of visits) {
      console.log(`  ${bundler.padEnd(8)} ${kb(visit.jsBeforeClickGzip).padStart(9)}  ${(visit.jsBeforeClickGzip / cdn).toFixed(2)}× the CDN entry, ${(visit.jsBeforeClickGzip / cdnPage).toFixed(2)}× the CDN page (entry and the chunks it loads before a click), ${visit.scriptsBeforeClick.length} files`);
      console.log(`           ${visit.scriptsBeforeClick.map((path) => path.replace(/^.*\//, '')).join(' ')}`);
    }
  }, 360_000);

  it.each(BUNDLERS)('%s: loads no more than 1.1× the JS the CDN page loads before the first click', (bundler) => {
    const cdnPage = visits.get('cdn')?.jsBeforeClickGzip ?? 0;
    expect(cdnPage).toBeGreaterThan(0);
    expect(visits.get(bundler)?.jsBeforeClickGzip).toBeLessThanOrEqual(cdnPage * 1.1);
  });

  it.each(BUNDLERS)('%s: the pair preview finds its worker and solves the cohort in it, not on the main thread', (bundler) => {
    const visit = pairVisits.get(bundler);
    expect(visit?.errors).toEqual([]);
    expect(visit?.pairs).toBeGreaterThan(10);
    // Every worker it started was fetched from the app's build.
    expect(visit?.workers.length).toBeGreaterThan(0);
    for (const worker of visit?.workers ?? []) expect(worker.status, worker.path).toBe(200);
    expect(visit?.solvedIn).toBe('worker');
    expect(visit?.warnings.filter((text) => /main thread/.test(text))).toEqual([]);
  });

  it.each(BUNDLERS)('%s: the finder lists and searches mentors and sends a contact request', (bundler) => {
    const visit = visits.get(bundler);
    expect(visit?.errors).toEqual([]);
    expect(visit?.cardsShown).toBeGreaterThan(0);
    expect(visit?.cardsAfterSearch).toBeGreaterThan(0);
    expect(visit?.cardsAfterSearch).toBeLessThan(visit?.cardsShown ?? 0);
    expect(visit?.contactRequest).toMatchObject({ mentorId: expect.any(String), sender: { name: 'Liis Mägi', email: 'liis.magi@example.net' } });
    expect(visit?.confirmed).toBe(true);
  });
});

it('an app using both elements bundles one Lit and one matcher', async () => {
  const entry = join(project.app, 'both.js');
  write(entry, "import '@mentor-finder/widget/define';\nimport '@mentor-finder/widget/pair-preview';\n");
  const esbuild = await import('esbuild');
  const result = await esbuild.build({ entryPoints: [entry], bundle: true, format: 'esm', write: false, metafile: true, logLevel: 'silent' });
  const code = result.outputFiles[0]?.text ?? '';
  // Each copy of Lit announces its version in this global list.
  expect(code.match(/litHtmlVersions/g)?.length).toBe(1);
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs.filter((path) => path.includes('@mentor-finder/widget/dist/mentor-pair-preview.js'))).toEqual([]);
  // One matcher: each of its modules once, from the installed package; none bundled into the widget's files.
  const matcherModules = inputs.filter((path) => path.includes('@mentor-finder/matcher/'));
  expect(matcherModules.length).toBeGreaterThan(0);
  expect(matcherModules.filter((path) => !path.includes('node_modules/@mentor-finder/matcher/dist/'))).toEqual([]);
  expect(inputs.filter((path) => path.includes('@mentor-finder/widget/dist/') && /papaparse|fuse|generated/.test(path))).toEqual([]);
}, 60_000);

it('LICENSE is in every tarball', () => {
  for (const name of PACKAGES) expect(readFileSync(join(project.app, 'node_modules', '@mentor-finder', name, 'LICENSE'), 'utf8')).toMatch(/MIT License/);
});

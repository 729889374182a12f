// The README block extractor, and the rule that every block in the repository has a known treatment.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as util from 'node:util';
import { allSnippets, checkClaims, extractSnippets, findReadmes, namedCommands, namedDataFiles, REPOSITORY_ROOT, treatmentOf, where, type Snippet } from './readme-snippets.js';

const sample = [
  '# Title', // 1
  '', // 2
  '```js', // 3
  "import x from 'y';", // 4
  '```', // 5
  '- a list item:', // 6
  '', // 7
  '  ```html', // 8
  '  <p>indented</p>', // 9
  '  ```', // 10
  '<!-- no-run: needs a database -->', // 11
  '````ts no-run', // 12
  '```', // 13
  'inner fence', // 14
  '````', // 15
  '~~~', // 16
  'no language', // 17
].join('\n');

describe('extractSnippets', () => {
  const snippets = extractSnippets(sample, 'X.md');

  it('finds each fenced block with its language, flags, opening line and text', () => {
    expect(snippets.map(({ line, lang, flags }) => ({ line, lang, flags }))).toEqual([
      { line: 3, lang: 'js', flags: [] },
      { line: 8, lang: 'html', flags: [] },
      { line: 12, lang: 'ts', flags: ['no-run'] },
      { line: 16, lang: '', flags: [] },
    ]);
    expect(snippets[0]?.code).toBe("import x from 'y';\n");
  });

  it('strips a list item fence indentation from its lines', () => {
    expect(snippets[1]?.code).toBe('<p>indented</p>\n');
  });

  it('closes a fence only with one at least as long, and reads the no-run reason above it', () => {
    expect(snippets[2]?.code).toBe('```\ninner fence\n');
    expect(snippets[2]?.noRunReason).toBe('needs a database');
    expect(snippets[0]?.noRunReason).toBeUndefined();
  });

  it('runs an unclosed fence to the end', () => {
    expect(snippets[3]?.code).toBe('no language\n');
  });
});

describe('treatmentOf', () => {
  const block = (lang: string, flags: string[] = [], noRunReason?: string): Snippet => ({ readme: 'X.md', line: 1, lang, flags, code: '', ...(noRunReason ? { noRunReason } : {}) });

  it('maps each known language to what the tests do with it', () => {
    expect([block('js'), block('ts'), block('js', ['browser']), block('html'), block('json'), block('sh'), block('css')].map(treatmentOf)).toEqual([
      'node',
      'node',
      'browser-script',
      'page',
      'parse',
      'shown',
      'style',
    ]);
    expect(treatmentOf(block('ts', ['no-run'], 'a fragment'))).toBe('no-run');
    expect(treatmentOf(block('json', ['column-mapping']))).toBe('parse');
  });

  it('refuses unknown or missing languages, unknown flags and no-run without a reason', () => {
    for (const bad of [block('python'), block(''), block('js', ['skip']), block('js', ['no-run']), block('js', [], 'stray reason'), block('html', ['browser']), block('json', ['yaml']), block('js', ['column-mapping'])]) {
      expect(treatmentOf(bad)).toEqual({ error: expect.any(String) });
    }
  });
});

it('namedDataFiles lists the data files a snippet names as strings', () => {
  expect(namedDataFiles("readFile('mentors.json'); readFile(\"cohort.csv\"); const a = 'mentors.json'; x.json")).toEqual(['mentors.json', 'cohort.csv']);
});

it('namedCommands lists npm scripts with their workspace and the files given to node or vitest', () => {
  const text = '```sh\nnpm run build -w @mentor-finder/widget   # x\nnode examples/node/rank.mjs --lang et\n```\nthen `npm run bench` and `npm test`\nnpx vitest run test/e2e test/a.test.ts';
  expect(namedCommands(text, 'X.md').map(({ line, kind, name, workspace }) => ({ line, kind, name, workspace }))).toEqual([
    { line: 2, kind: 'npm-script', name: 'build', workspace: '@mentor-finder/widget' },
    { line: 3, kind: 'path', name: 'examples/node/rank.mjs', workspace: undefined },
    { line: 5, kind: 'npm-script', name: 'bench', workspace: undefined },
    { line: 5, kind: 'npm-script', name: 'test', workspace: undefined },
    { line: 6, kind: 'path', name: 'test/e2e', workspace: undefined },
    { line: 6, kind: 'path', name: 'test/a.test.ts', workspace: undefined },
  ]);
});

describe('checkClaims', () => {
  const code = [
    'const a = { n: 2, list: [1] };',
    'a.n; // 2, as written',
    "a.s; // 'x'",
    'a; // { n: 2, list: [1] } and more words',
    'a; // { n, list } (a shape, not a value)',
    'a.list; // [1, ...]',
    'const b = 3; // 3',
    'a; // { n: 2,',
    '//   list: [1] }',
    'a.list;',
    '// [1]',
  ].join('\n');
  // The checked code imports node:util, as a module does; a function body gets it another way.
  const evaluate = (text: string) => new Function('__util', `const __readmeEqual = __util.isDeepStrictEqual;\n${text.replace(/^import .* from 'node:util';$/m, '')}`)(util);

  it('turns `expression; // literal` lines into checks, and leaves shapes and elisions alone', () => {
    const checked = checkClaims(code, 10);
    expect(checked.claims).toBe(5);
    expect(checked.code.split('\n').slice(4, 7)).toEqual(['a; // { n, list } (a shape, not a value)', 'a.list; // [1, ...]', 'const b = 3; // 3']);
    expect(() => evaluate(checked.code)).toThrow('README line 13: a.s is undefined, not "x" as written');
  });

  it('compares objects deeply, and passes when every claim holds', () => {
    expect(() => evaluate(checkClaims(code.replace("a.s; // 'x'", 'a.n; // 2'), 10).code)).not.toThrow();
    expect(() => evaluate(checkClaims(code.replace("a.s; // 'x'", 'a.n; // 2').replace('list: [1] } and', 'list: [2] } and'), 10).code)).toThrow('README line 14');
    expect(() => evaluate(checkClaims(code.replace("a.s; // 'x'", 'a.n; // 2').replace('//   list: [1] }', '//   list: [] }'), 10).code)).toThrow('README line 18');
  });
});

describe('the READMEs of this repository', () => {
  it('are all found, none from node_modules', () => {
    const readmes = findReadmes();
    expect(readmes).toEqual(expect.arrayContaining(['README.md', 'packages/matcher/README.md', 'packages/widget/README.md', 'packages/cli/README.md', 'packages/server/README.md', 'examples/national-site/README.md']));
    expect(readmes.filter((path) => path.includes('node_modules') || path.includes('dist/'))).toEqual([]);
  });

  const snippets = allSnippets();

  it('hold blocks that the README tests run', () => {
    const treatments = snippets.map(treatmentOf);
    expect(treatments).toContain('node');
    expect(treatments).toContain('page');
  });

  it('have only blocks in a known language, each no-run with its reason', () => {
    const problems = snippets.flatMap((snippet) => {
      const treatment = treatmentOf(snippet);
      return typeof treatment === 'object' ? [`${where(snippet)}: ${treatment.error}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('name only npm scripts and files that exist', () => {
    const manifest = (dir: string) => JSON.parse(readFileSync(join(REPOSITORY_ROOT, dir, 'package.json'), 'utf8')) as { name: string; workspaces?: string[]; scripts?: Record<string, string> };
    const root = manifest('.');
    const scripts = new Map<string, Record<string, string>>([['', root.scripts ?? {}]]);
    for (const dir of root.workspaces ?? []) {
      const workspace = manifest(dir);
      scripts.set(workspace.name, workspace.scripts ?? {});
      scripts.set(dir, workspace.scripts ?? {});
    }
    const commands = findReadmes().flatMap((readme) => namedCommands(readFileSync(join(REPOSITORY_ROOT, readme), 'utf8'), readme));
    expect(commands.length).toBeGreaterThan(0);
    const missing = commands.filter((command) =>
      command.kind === 'path' ? !existsSync(join(REPOSITORY_ROOT, command.name)) : !Object.hasOwn(scripts.get(command.workspace ?? '') ?? {}, command.name),
    );
    expect(missing.map((command) => `${command.readme}:${command.line}: ${command.kind === 'path' ? command.name : `npm run ${command.name}${command.workspace ? ` -w ${command.workspace}` : ''}`}`)).toEqual([]);
  });

  it('have JSON blocks that parse', () => {
    const broken = snippets
      .filter((snippet) => treatmentOf(snippet) === 'parse')
      .flatMap((snippet) => {
        try {
          JSON.parse(snippet.code);
          return [];
        } catch (error) {
          return [`${where(snippet)}: ${(error as Error).message}`];
        }
      });
    expect(broken).toEqual([]);
  });
});

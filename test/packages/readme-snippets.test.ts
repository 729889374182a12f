// The README block extractor, and the rule that every block in the repository has a known treatment.
import { describe, expect, it } from 'vitest';
import { allSnippets, checkClaims, extractSnippets, findReadmes, namedDataFiles, treatmentOf, where, type Snippet } from './readme-snippets.js';

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
      'shown',
    ]);
    expect(treatmentOf(block('ts', ['no-run'], 'a fragment'))).toBe('no-run');
  });

  it('refuses unknown or missing languages, unknown flags and no-run without a reason', () => {
    for (const bad of [block('python'), block(''), block('js', ['skip']), block('js', ['no-run']), block('js', [], 'stray reason'), block('html', ['browser'])]) {
      expect(treatmentOf(bad)).toEqual({ error: expect.any(String) });
    }
  });
});

it('namedDataFiles lists the data files a snippet names as strings', () => {
  expect(namedDataFiles("readFile('mentors.json'); readFile(\"cohort.csv\"); const a = 'mentors.json'; x.json")).toEqual(['mentors.json', 'cohort.csv']);
});

describe('checkClaims', () => {
  const code = ['const a = { n: 2 };', 'a.n; // 2, as written', "a.s; // 'x'", 'a; // { n: 2 } (not a literal)', 'const b = 3; // 3'].join('\n');
  const evaluate = (text: string) => new Function(text)();

  it('turns `expression; // literal` lines into checks, and leaves the rest', () => {
    const checked = checkClaims(code, 10);
    expect(checked.claims).toBe(2);
    expect(checked.code.split('\n').slice(0, 5)[3]).toBe('a; // { n: 2 } (not a literal)');
    expect(() => evaluate(checked.code)).toThrow("README line 13: a.s is undefined, not \"x\" as written");
  });

  it('passes when every claim holds', () => {
    expect(() => evaluate(checkClaims(code.replace("a.s; // 'x'", 'a.n; // 2'), 10).code)).not.toThrow();
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

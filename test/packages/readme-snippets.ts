// The fenced code blocks of every README in the repository, and what the README tests do with each.
//
// The first word of a block's info string is its language; further words are flags:
//
//   ```js / ```ts        runs in Node as an ES module, importing the packages by name as an adopter
//                        does; ts is first type-checked (tsc --strict, module node16). The block
//                        runs in an empty folder holding the sample data files it names
//                        ('mentors.json', 'mentees.json', 'programmes.json'). A line
//                        `expression; // value` whose comment starts with true, false, null, a
//                        number, a 'string' or an object or array literal written out in full (no
//                        `...`, no bare names; it may go on in the comment lines below) is a
//                        claim: the expression must deeply equal it.
//   ```js browser        browser code: bundled with esbuild as an app would be, loaded in Chromium.
//   ```html              loaded in Chromium as a page of the reference server (packages/server),
//                        under its Content-Security-Policy; every custom element must be defined
//                        and render, and every URL the block names must answer (data files the
//                        server does not serve, such as /data/mentors.json, come from the sample data).
//   ```css               applied to a page of the reference server holding the elements it styles:
//                        only `element` and `element::part(name)` rules; each part must be
//                        rendered and take the declared values, each --mf-* property must be one
//                        the element documents in custom-elements.json.
//   ```json              must parse as JSON.
//   ```json <format>     is also read by the matcher's reader of that format, which must accept it
//                        (formats: compact-public-mentors, column-mapping).
//   ```sh ```text ```nginx   shown, not run (commands, output, proxy configuration).
//   ``` <lang> no-run    not run; the line before the block must say why:
//                        <!-- no-run: the reason -->
//
// Any other language, or none, fails the test: a new kind of block needs a rule here first.
// In blocks and prose alike, `npm run <script> [-w <workspace>]`, `npm start`, `npm test`, and the
// files given to `node` or `npx vitest run` must exist (commands run from the repository root).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const RUN_IN_NODE = Object.freeze(['js', 'ts']);
export const LOAD_IN_BROWSER = Object.freeze(['html']);
export const PARSE = Object.freeze(['json']);
export const STYLE = Object.freeze(['css']);
export const SHOWN_ONLY = Object.freeze(['sh', 'text', 'nginx']);
/** Data formats a json block may name after its language. */
export const JSON_FORMATS = Object.freeze(['compact-public-mentors', 'column-mapping']);

export interface Snippet {
  /** README path relative to the repository root, with `/` separators. */
  readme: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  flags: readonly string[];
  code: string;
  /** The text of a `<!-- no-run: … -->` comment right before the block. */
  noRunReason?: string;
}

export type Treatment = 'node' | 'browser-script' | 'page' | 'style' | 'parse' | 'shown' | 'no-run';

export const where = (snippet: Snippet) => `${snippet.readme}:${snippet.line}`;

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^`]*)$/;
const NO_RUN = /^\s*<!--\s*no-run:\s*(.*?)\s*-->\s*$/;

/** The fenced blocks of one Markdown text, in order; an unclosed fence runs to the end, as CommonMark reads it. */
export function extractSnippets(markdown: string, readme: string): Snippet[] {
  const lines = markdown.split(/\r?\n/);
  const snippets: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const [, indent = '', fence = '', info = ''] = open;
    const [lang = '', ...flags] = info.trim().split(/\s+/).filter(Boolean);
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const text = lines[j]!;
      const close = /^\s*(`{3,}|~{3,})\s*$/.exec(text);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) break;
      // Content of a fence inside a list item is indented like the fence.
      body.push(text.startsWith(indent) ? text.slice(indent.length) : text.trimStart());
    }
    let before = i - 1;
    while (before >= 0 && lines[before]!.trim() === '') before--;
    const reason = before >= 0 ? NO_RUN.exec(lines[before]!)?.[1] : undefined;
    snippets.push({ readme, line: i + 1, lang: lang.toLowerCase(), flags, code: `${body.join('\n')}\n`, ...(reason ? { noRunReason: reason } : {}) });
    i = j;
  }
  return snippets;
}

/** How a block is treated, or why it cannot be. */
export function treatmentOf(snippet: Snippet): Treatment | { error: string } {
  const known = new Set(['no-run', 'browser', ...(snippet.lang === 'json' ? JSON_FORMATS : [])]);
  const unknownFlag = snippet.flags.find((flag) => !known.has(flag));
  if (unknownFlag) return { error: `unknown flag "${unknownFlag}" for ${snippet.lang || 'a block without language'} (known: ${[...known].join(', ')})` };
  const all = [...RUN_IN_NODE, ...LOAD_IN_BROWSER, ...STYLE, ...PARSE, ...SHOWN_ONLY];
  if (!all.includes(snippet.lang)) return { error: `a block in ${snippet.lang ? `the unknown language "${snippet.lang}"` : 'no language'} (known: ${all.join(', ')})` };
  if (snippet.flags.includes('no-run')) {
    return snippet.noRunReason ? 'no-run' : { error: 'a no-run block without <!-- no-run: reason --> on the line before it' };
  }
  if (snippet.noRunReason) return { error: 'a <!-- no-run: … --> comment before a block that is not marked no-run' };
  if (snippet.flags.includes('browser')) {
    return RUN_IN_NODE.includes(snippet.lang) ? 'browser-script' : { error: `"browser" applies to js and ts blocks, not ${snippet.lang}` };
  }
  if (RUN_IN_NODE.includes(snippet.lang)) return 'node';
  if (LOAD_IN_BROWSER.includes(snippet.lang)) return 'page';
  if (STYLE.includes(snippet.lang)) return 'style';
  if (PARSE.includes(snippet.lang)) return 'parse';
  return 'shown';
}

/** Every README.md in the repository outside node_modules, dist and hidden folders, sorted. */
export function findReadmes(root = REPOSITORY_ROOT): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === 'dist') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'README.md') found.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(root);
  return found.sort();
}

/** The blocks of every README in the repository. */
export function allSnippets(root = REPOSITORY_ROOT): Snippet[] {
  return findReadmes(root).flatMap((readme) => extractSnippets(readFileSync(join(root, readme), 'utf8'), readme));
}

export interface NamedCommand {
  readme: string;
  line: number;
  /** `npm run <script>` with its workspace, or a file given to `node` or `npx vitest run`. */
  kind: 'npm-script' | 'path';
  name: string;
  workspace?: string;
}

/** The data format a json block names, if any. */
export const jsonFormatOf = (snippet: Snippet) => snippet.flags.find((flag) => JSON_FORMATS.includes(flag));

/** The npm scripts and repository paths that README commands name (in blocks and in prose); they run from the root. */
export function namedCommands(markdown: string, readme: string): NamedCommand[] {
  const found: NamedCommand[] = [];
  markdown.split(/\r?\n/).forEach((text, index) => {
    const line = index + 1;
    for (const [, script, alias, workspace] of text.matchAll(/\bnpm (?:run ([\w:.-]+)|(start|test)\b)(?:\s+(?:-w|--workspace)[\s=]+(@?[\w./-]+))?/g)) {
      found.push({ readme, line, kind: 'npm-script', name: script ?? alias ?? '', ...(workspace ? { workspace } : {}) });
    }
    for (const [, name = ''] of text.matchAll(/\bnode ((?:[\w.-]+\/)+[\w.-]+\.m?js)\b/g)) found.push({ readme, line, kind: 'path', name });
    for (const [, paths = ''] of text.matchAll(/\bnpx vitest run ((?:[\w./-]+ ?)+)/g)) {
      for (const name of paths.trim().split(/\s+/)) found.push({ readme, line, kind: 'path', name });
    }
  });
  return found;
}

/** Sample data file names a snippet mentions as string literals ('mentors.json'). */
export function namedDataFiles(code: string): string[] {
  return [...new Set([...code.matchAll(/['"`]([\w.-]+\.(?:json|csv))['"`]/g)].map((match) => match[1]!))];
}

const CLAIM = /^(\s*)((?!(?:const|let|var|import|export|return|if|for|while|throw)\b)[\w$][^;]*?);\s*(?:\/\/\s*(.*))?$/;
const SCALAR = /^(true|false|null|-?\d+(?:\.\d+)?|'[^'\\]*')(?=$|[\s:,;)])/;

/** The object or array literal a comment starts with, when it is complete (no `...`, no bare names). */
function literalAt(comment: string): string | undefined {
  const scalar = SCALAR.exec(comment);
  if (scalar) return scalar[1];
  if (!/^[[{]/.test(comment)) return undefined;
  let depth = 0;
  let quote = '';
  for (let i = 0; i < comment.length; i++) {
    const char = comment[i]!;
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = '';
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '[' || char === '{') depth++;
    else if (char === ']' || char === '}') {
      depth--;
      if (depth === 0) {
        const literal = comment.slice(0, i + 1);
        if (/\.\.\.|…/.test(literal)) return undefined;
        try {
          // Shorthand names ({ menteeId, score }) describe a shape, not a value.
          new Function(`"use strict"; return (${literal});`)();
          return literal;
        } catch {
          return undefined;
        }
      }
    }
  }
  return undefined;
}

/**
 * The snippet with each `expression; // value` claim turned into a check that throws, naming the
 * README line, when the expression does not equal the value (deeply, for an object or array
 * literal written out in full). Line numbers are kept.
 */
export function checkClaims(code: string, firstLine: number): { code: string; claims: number } {
  let claims = 0;
  const source = code.split('\n');
  const lines = source.map((text, index) => {
    const claim = CLAIM.exec(text);
    if (!claim) return text;
    // A literal may go on in the comment lines below it, or start on the next line.
    let next = index + 1;
    let comment = claim[3] ?? /^\s*\/\/\s*([[{].*)$/.exec(source[next++] ?? '')?.[1] ?? '';
    let value = literalAt(comment);
    for (; value === undefined && /^[[{]/.test(comment) && /^\s*\/\//.test(source[next] ?? ''); next++) {
      comment += ` ${source[next]!.replace(/^\s*\/\/\s*/, '')}`;
      value = literalAt(comment);
    }
    if (value === undefined) return text;
    claims++;
    const [, indent, expression] = claim;
    return `${indent}__readmeClaim(${firstLine + 1 + index}, ${JSON.stringify(expression)}, (${expression}), ${value});`;
  });
  if (claims === 0) return { code, claims };
  const check = [
    "import { isDeepStrictEqual as __readmeEqual } from 'node:util';",
    'function __readmeClaim(line, text, actual, expected) { if (!__readmeEqual(actual, expected)) throw new Error(`README line ${line}: ${text} is ${JSON.stringify(actual)}, not ${JSON.stringify(expected)} as written`); }',
  ].join('\n');
  return { code: `${lines.join('\n')}\n${check}\n`, claims };
}

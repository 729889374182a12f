// An in-memory CliIo for tests: files live in a Map, output is collected.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../src/cli/cli-io.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export interface MemoryIo extends CliIo {
  files: Map<string, string>;
  out: string[];
  err: string[];
  /** Everything written to stderr, as one string. */
  errText(): string;
}

export function memoryIo(files: Record<string, string> = {}, cwd = '/work'): MemoryIo {
  const map = new Map(Object.entries(files).map(([name, text]) => [name.startsWith('/') ? name : `${cwd}/${name}`, text]));
  const out: string[] = [];
  const err: string[] = [];
  return {
    cwd,
    files: map,
    out,
    err,
    errText: () => err.join(''),
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    async readFile(path) {
      const text = map.get(path);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
    async writeFile(path, text) {
      map.set(path, text);
    },
  };
}

/** A fixture file's text, as it is on disk (BOM included). */
export function fixture(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, 'utf8');
}

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CliIo } from './cli/cli-io.js';

export { run } from './run.js';

export interface NodeIoOptions {
  cwd: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** The real io: files through node:fs, output to the given streams. */
export function nodeIo(options: NodeIoOptions): CliIo {
  return {
    cwd: options.cwd,
    stdout: (text) => void options.stdout.write(text),
    stderr: (text) => void options.stderr.write(text),
    readFile: (path) => readFile(path, 'utf8'),
    async writeFile(path, text) {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text, 'utf8');
    },
  };
}

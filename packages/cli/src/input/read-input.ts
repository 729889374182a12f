import { isAbsolute, resolve } from 'node:path';
import { jsonSyntaxError } from '@mentor-finder/matcher';
import type { CliIo } from '../cli/cli-io.js';

export const INPUT_KINDS = ['csv', 'json'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

/** `.json` files are JSON; everything else is read as CSV. */
export function inputKind(path: string): InputKind {
  return /\.json$/i.test(path) ? 'json' : 'csv';
}

export function resolvePath(io: CliIo, path: string): string {
  return isAbsolute(path) ? path : resolve(io.cwd, path);
}

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

export async function readText(io: CliIo, path: string): Promise<ReadResult> {
  try {
    const text = await io.readFile(resolvePath(io, path));
    return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
  } catch (error) {
    return { ok: false, message: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
}

export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const place = jsonSyntaxError(text);
    // Node's own words say what it expected; its place is an offset, which no editor shows.
    const expected = (error as Error).message.replace(/\s*(?:in JSON )?at position \d+.*$|\s*\(line \d+ column \d+\)$/, '');
    return { ok: false, message: `not valid JSON${place ? ` at line ${place.line}, column ${place.column}` : ''}: ${expected}` };
  }
}

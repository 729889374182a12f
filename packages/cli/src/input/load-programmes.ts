import { validateProgramme, type InputIssue, type Programme } from '@mentor-finder/matcher';
import type { CliIo } from '../cli/cli-io.js';
import { parseJson, readText } from './read-input.js';

export interface LoadedProgrammes {
  programmes: Programme[];
  rejected: number;
  issues: InputIssue[];
}

/** Reads one programme or an array of them (a JSON file), validating each. */
export async function loadProgrammes(io: CliIo, file: string): Promise<LoadedProgrammes> {
  const read = await readText(io, file);
  if (!read.ok) return { programmes: [], rejected: 1, issues: [{ file, code: 'unreadable', message: read.message }] };
  const parsed = parseJson(read.text);
  if (!parsed.ok) return { programmes: [], rejected: 1, issues: [{ file, code: 'json', message: parsed.message }] };
  const list: unknown[] = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
  const programmes: Programme[] = [];
  const issues: InputIssue[] = [];
  list.forEach((item, index) => {
    const result = validateProgramme(item);
    if (result.ok && result.value) programmes.push(result.value);
    for (const e of result.errors) issues.push({ file, index, field: e.path.split('/').slice(1).join('.') || e.field, code: e.code, message: e.message });
  });
  return { programmes, rejected: list.length - programmes.length, issues };
}

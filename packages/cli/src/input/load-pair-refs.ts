import { parseCsv, type CsvDelimiter, type InputIssue, type PairRef } from '@mentor-finder/matcher';
import type { CliIo } from '../cli/cli-io.js';
import { inputKind, parseJson, readText } from './read-input.js';

export interface LoadedPairRefs {
  refs: PairRef[];
  /** Where each of `refs` stands in the file ("row 3", "record 2"), to report a pair that could not be used. */
  places: string[];
  rejected: number;
  issues: InputIssue[];
}

/** Which list a file is read for: `<mentor-pair-preview>`'s pins and exclusions file holds the first two. */
export type PairList = 'pins' | 'exclusions' | 'existing';

/** The kind of the pins and exclusions file `<mentor-pair-preview>` downloads. */
const CONSTRAINTS_FILE_KIND = 'mentor-pair-constraints';

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MENTEE_HEADERS = ['menteeId', 'mentee', 'mentee id', 'mentee_id'];
const MENTOR_HEADERS = ['mentorId', 'mentor', 'mentor id', 'mentor_id'];

function pick(cells: Record<string, string>, names: readonly string[]): string | undefined {
  const key = Object.keys(cells).find((k) => names.some((n) => n.toLowerCase() === k.trim().toLowerCase()));
  return key === undefined ? undefined : cells[key]?.trim();
}

function check(file: string, where: { row: number } | { index: number }, menteeId: unknown, mentorId: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const [field, value] of [['menteeId', menteeId], ['mentorId', mentorId]] as const) {
    if (typeof value !== 'string' || !ID.test(value)) {
      issues.push({ file, ...where, field, code: value === undefined || value === '' ? 'required' : 'id', message: `expected an id, got ${JSON.stringify(value ?? null)}` });
    }
  }
  return issues;
}

/** The JSON array a file holds for `list`: the array itself, or that list of a `<mentor-pair-preview>` constraints file. */
function jsonList(value: unknown, list: PairList): unknown[] | string {
  if (Array.isArray(value)) return value;
  const file = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  if (file['kind'] !== CONSTRAINTS_FILE_KIND) return 'expected a JSON array of {"menteeId", "mentorId"}';
  if (list === 'existing') return 'a pins and exclusions file holds no running pairs';
  const refs = file[list] ?? [];
  return Array.isArray(refs) ? refs : `"${list}" must be an array of {"menteeId", "mentorId"}`;
}

/**
 * Reads pins, exclusions or existing pairs: a JSON array of {menteeId, mentorId}, CSV with those
 * columns, or (pins and exclusions) the file `<mentor-pair-preview>` downloads.
 */
export async function loadPairRefs(io: CliIo, file: string, delimiter?: CsvDelimiter, list: PairList = 'pins'): Promise<LoadedPairRefs> {
  const read = await readText(io, file);
  if (!read.ok) return { refs: [], places: [], rejected: 1, issues: [{ file, code: 'unreadable', message: read.message }] };
  const refs: PairRef[] = [];
  const places: string[] = [];
  const issues: InputIssue[] = [];
  let rejected = 0;
  const add = (where: { row: number } | { index: number }, menteeId: unknown, mentorId: unknown) => {
    const found = check(file, where, menteeId, mentorId);
    if (found.length > 0) {
      issues.push(...found);
      rejected++;
      return;
    }
    refs.push({ menteeId: menteeId as string, mentorId: mentorId as string });
    places.push('row' in where ? `row ${where.row}` : `record ${where.index + 1}`);
  };
  if (inputKind(file) === 'json') {
    const parsed = parseJson(read.text);
    const items = parsed.ok ? jsonList(parsed.value, list) : parsed.message;
    if (typeof items === 'string') return { refs: [], places: [], rejected: 1, issues: [{ file, code: parsed.ok ? 'type' : 'json', message: items }] };
    items.forEach((item: unknown, index) => {
      const ref = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
      add({ index }, ref['menteeId'], ref['mentorId']);
    });
    return { refs, places, rejected, issues };
  }
  const csv = parseCsv(read.text, delimiter ? { delimiter } : {});
  for (const issue of csv.issues) issues.push({ file, row: issue.row, code: issue.code, message: issue.message });
  rejected += csv.issues.length;
  for (const { row, cells } of csv.rows) add({ row }, pick(cells, MENTEE_HEADERS), pick(cells, MENTOR_HEADERS));
  return { refs, places, rejected, issues };
}

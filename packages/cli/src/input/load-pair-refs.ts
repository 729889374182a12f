import { parseCsv, type CsvDelimiter, type InputIssue, type PairRef } from '@mentor-finder/matcher';
import type { CliIo } from '../cli/cli-io.js';
import { inputKind, parseJson, readText } from './read-input.js';

export interface LoadedPairRefs {
  refs: PairRef[];
  rejected: number;
  issues: InputIssue[];
}

const ID = /^[a-z0-9][a-z0-9-]{1,63}$/;
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

/** Reads pins, exclusions or existing pairs: a JSON array of {menteeId, mentorId}, or CSV with those columns. */
export async function loadPairRefs(io: CliIo, file: string, delimiter?: CsvDelimiter): Promise<LoadedPairRefs> {
  const read = await readText(io, file);
  if (!read.ok) return { refs: [], rejected: 1, issues: [{ file, code: 'unreadable', message: read.message }] };
  const refs: PairRef[] = [];
  const issues: InputIssue[] = [];
  let rejected = 0;
  const add = (where: { row: number } | { index: number }, menteeId: unknown, mentorId: unknown) => {
    const found = check(file, where, menteeId, mentorId);
    if (found.length > 0) {
      issues.push(...found);
      rejected++;
    } else refs.push({ menteeId: menteeId as string, mentorId: mentorId as string });
  };
  if (inputKind(file) === 'json') {
    const parsed = parseJson(read.text);
    if (!parsed.ok || !Array.isArray(parsed.value)) {
      const message = parsed.ok ? 'expected a JSON array of {"menteeId", "mentorId"}' : parsed.message;
      return { refs: [], rejected: 1, issues: [{ file, code: parsed.ok ? 'type' : 'json', message }] };
    }
    parsed.value.forEach((item: unknown, index) => {
      const ref = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
      add({ index }, ref['menteeId'], ref['mentorId']);
    });
    return { refs, rejected, issues };
  }
  const csv = parseCsv(read.text, delimiter ? { delimiter } : {});
  for (const issue of csv.issues) issues.push({ file, row: issue.row, code: issue.code, message: issue.message });
  rejected += csv.issues.length;
  for (const { row, cells } of csv.rows) add({ row }, pick(cells, MENTEE_HEADERS), pick(cells, MENTOR_HEADERS));
  return { refs, rejected, issues };
}

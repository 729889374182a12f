import type { PairRef } from '@mentor-finder/matcher';
import { parseJsonInput } from './parse-json-input.js';
import { inputIssue, type RowIssue } from './row-issue.js';
import { byId } from './by-id.js';

/** The coordinator's decisions that a re-run keeps. */
export interface PairConstraints {
  pins: readonly PairRef[];
  exclusions: readonly PairRef[];
  /** The records chosen to take part, one per person who registered twice. */
  keep?: readonly string[];
}

export const NO_CONSTRAINTS: PairConstraints = Object.freeze({ pins: Object.freeze([]), exclusions: Object.freeze([]) });

/** Marks the file so that another JSON file is not read as one by mistake. */
export const CONSTRAINTS_FILE_KIND = 'mentor-pair-constraints';
export const CONSTRAINTS_FILE_VERSION = 1;

/** Copies of the pairs in mentee, then mentor order. */
export const sortRefs = (refs: readonly PairRef[]): PairRef[] =>
  refs.map((r) => ({ menteeId: r.menteeId, mentorId: r.mentorId })).sort((a, b) => byId(a.menteeId, b.menteeId) || byId(a.mentorId, b.mentorId));

export const sameRef = (a: PairRef, b: PairRef): boolean => a.menteeId === b.menteeId && a.mentorId === b.mentorId;

/** With `ref` pinned in place of the mentee's other pin, or unpinned when it already was; never also excluded. */
export function togglePin(constraints: PairConstraints, ref: PairRef): PairConstraints {
  const { pins, exclusions } = constraints;
  const pinned = pins.some((p) => sameRef(p, ref));
  const nextPins = pinned ? pins.filter((p) => !sameRef(p, ref)) : [...pins.filter((p) => p.menteeId !== ref.menteeId), ref];
  return { ...constraints, pins: nextPins, exclusions: exclusions.filter((e) => !sameRef(e, ref)) };
}

/** With `ref` excluded and no longer pinned; the same object when it already was excluded. */
export function withExclusion(constraints: PairConstraints, ref: PairRef): PairConstraints {
  const { pins, exclusions } = constraints;
  if (exclusions.some((e) => sameRef(e, ref))) return constraints;
  return { ...constraints, pins: pins.filter((p) => !sameRef(p, ref)), exclusions: [...exclusions, ref] };
}

/** With each of `refs` pinned in place of its mentee's pin, none of them excluded. */
export function withPins(constraints: PairConstraints, refs: readonly PairRef[]): PairConstraints {
  const moved = new Set(refs.map((r) => r.menteeId));
  const pins = [...constraints.pins.filter((p) => !moved.has(p.menteeId)), ...refs];
  return { ...constraints, pins, exclusions: constraints.exclusions.filter((e) => !refs.some((r) => sameRef(e, r))) };
}

export interface ConstraintsFileOptions {
  programmeId?: string | null;
}

/** The pins and exclusions file: sorted, so the same decisions always give the same file. */
export function constraintsToJson(constraints: PairConstraints, options: ConstraintsFileOptions = {}): string {
  const file = {
    kind: CONSTRAINTS_FILE_KIND,
    version: CONSTRAINTS_FILE_VERSION,
    programmeId: options.programmeId ?? null,
    pins: sortRefs(constraints.pins),
    exclusions: sortRefs(constraints.exclusions),
    ...(constraints.keep?.length ? { keep: [...constraints.keep].sort(byId) } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readRefs(list: unknown, field: 'pins' | 'exclusions', issues: RowIssue[]): PairRef[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    issues.push({ ...inputIssue('constraints', 'type', `${field} must be a list`), field });
    return [];
  }
  const refs: PairRef[] = [];
  list.forEach((entry, index) => {
    const ok = isObject(entry) && typeof entry['menteeId'] === 'string' && typeof entry['mentorId'] === 'string' && entry['menteeId'] && entry['mentorId'];
    if (ok) refs.push({ menteeId: entry['menteeId'] as string, mentorId: entry['mentorId'] as string });
    else if (!isObject(entry)) {
      issues.push({ source: 'constraints', row: index + 1, recordId: null, field, code: 'type', params: {}, message: `${field} entry ${index + 1} is not an object` });
    } else {
      const missing = typeof entry['menteeId'] === 'string' && entry['menteeId'] ? 'mentorId' : 'menteeId';
      issues.push({ source: 'constraints', row: index + 1, recordId: null, field: `${field}/${missing}`, code: 'required', params: {}, message: `${field} entry ${index + 1} needs menteeId and mentorId` });
    }
  });
  return refs;
}

/** Reads a pins and exclusions file; bad entries are listed and skipped, never thrown. */
export function parseConstraints(text: string): { constraints: PairConstraints; issues: RowIssue[] } {
  const parsed = parseJsonInput('constraints', text);
  if (!parsed.ok) return { constraints: NO_CONSTRAINTS, issues: [parsed.issue] };
  const value = parsed.value;
  if (!isObject(value)) return { constraints: NO_CONSTRAINTS, issues: [inputIssue('constraints', 'type', 'expected an object with pins and exclusions')] };
  const issues: RowIssue[] = [];
  if (value['kind'] !== undefined && value['kind'] !== CONSTRAINTS_FILE_KIND) {
    issues.push({ ...inputIssue('constraints', 'const', `kind must be ${CONSTRAINTS_FILE_KIND}`), field: 'kind' });
  }
  const pins = readRefs(value['pins'], 'pins', issues);
  const exclusions = readRefs(value['exclusions'], 'exclusions', issues);
  const keep = Array.isArray(value['keep']) ? value['keep'].filter((id): id is string => typeof id === 'string' && id !== '') : [];
  return { constraints: keep.length > 0 ? { pins, exclusions, keep } : { pins, exclusions }, issues };
}

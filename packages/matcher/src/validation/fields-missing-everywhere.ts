import type { ValidationError } from '../model/index.js';
import { pointerSegments } from './json-pointer.js';

/** Required fields that no record of a list has, and the errors left once those are taken out. */
export interface MissingEverywhere {
  /** Dotted paths such as `languages` or `capacity.maxMentees`, in the order first reported. */
  fields: string[];
  /** The other errors, in their order. */
  rest: ValidationError[];
}

/** `capacity.maxMentees` for a `required` error at `/3/capacity/maxMentees`; undefined inside a list item. */
function requiredPath(error: ValidationError): string | undefined {
  if (error.code !== 'required' || error.index === undefined || !error.field) return undefined;
  const segments = pointerSegments(error.path).slice(1);
  // `/3/languages/0` lacking `code` is one entry's problem, not a column's.
  if (segments.some((segment) => /^\d+$/.test(segment))) return undefined;
  return (segments[segments.length - 1] === error.field ? segments : [...segments, error.field]).join('.');
}

/**
 * Required fields missing from every one of `count` records (at least two). A spreadsheet without
 * the column gives the same error on each row; one line about the column says it better. Fields in
 * `unread` had cells that could not be converted: the column is there, and each row says why.
 */
export function fieldsMissingEverywhere(errors: readonly ValidationError[], count: number, unread: ReadonlySet<string> = new Set()): MissingEverywhere {
  const records = new Map<string, Set<number>>();
  for (const error of errors) {
    const path = requiredPath(error);
    if (path === undefined) continue;
    let seen = records.get(path);
    if (!seen) records.set(path, (seen = new Set()));
    seen.add(error.index!);
  }
  const fields = count < 2 ? [] : [...records].filter(([path, seen]) => seen.size >= count && !unread.has(path)).map(([path]) => path);
  if (fields.length === 0) return { fields, rest: [...errors] };
  const missing = new Set(fields);
  return { fields, rest: errors.filter((error) => !missing.has(requiredPath(error) ?? '')) };
}

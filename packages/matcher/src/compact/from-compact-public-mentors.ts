import type { PublicMentor } from '../model/mentor.js';
import { COMPACT_PUBLIC_MENTORS_FORMAT, type CompactPublicMentors } from './compact-public-mentors.js';

/** Whether `data` claims to be the compact format (its `format` names it); says nothing of its validity. */
export function isCompactPublicMentors(data: unknown): data is CompactPublicMentors {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && (data as { format?: unknown }).format === COMPACT_PUBLIC_MENTORS_FORMAT;
}

/** Thrown for compact data that cannot be read; `path` is a JSON pointer to the faulty part. */
export class CompactFormatError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = 'CompactFormatError';
    this.path = path;
  }
}

/**
 * The records of `toCompactPublicMentors` output, as plain objects with the fields in column order.
 * They are not validated here: pass them to `validatePublicMentors` like any other input.
 * @throws CompactFormatError when the structure is broken (wrong format, counts or string indexes).
 */
export function fromCompactPublicMentors(data: unknown): PublicMentor[] {
  if (!isCompactPublicMentors(data)) throw new CompactFormatError('/format', `must be "${COMPACT_PUBLIC_MENTORS_FORMAT}"`);
  const { count, strings, columns } = data as { count: unknown; strings: unknown; columns: unknown };
  if (!Number.isSafeInteger(count) || (count as number) < 0) throw new CompactFormatError('/count', 'must be a non-negative integer');
  if (!Array.isArray(strings) || !strings.every((text) => typeof text === 'string')) throw new CompactFormatError('/strings', 'must be an array of strings');
  if (!Array.isArray(columns)) throw new CompactFormatError('/columns', 'must be an array');
  const records: Record<string, unknown>[] = Array.from({ length: count as number }, () => ({}));
  const text = (index: unknown, path: string): string => {
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= strings.length) {
      throw new CompactFormatError(path, 'must be an index into /strings');
    }
    return strings[index] as string;
  };
  columns.forEach((column: unknown, c) => {
    const path = `/columns/${c}`;
    const { key, type, values, missing = [] } = (column ?? {}) as Record<string, unknown>;
    if (typeof key !== 'string' || key === '__proto__') throw new CompactFormatError(`${path}/key`, 'must be a field name');
    if (type !== 'string' && type !== 'strings' && type !== 'json') throw new CompactFormatError(`${path}/type`, 'must be "string", "strings" or "json"');
    if (!Array.isArray(missing) || !missing.every((index, i) => Number.isInteger(index) && index >= 0 && index < (count as number) && (i === 0 || index > missing[i - 1]))) {
      throw new CompactFormatError(`${path}/missing`, 'must be ascending record indexes');
    }
    if (!Array.isArray(values) || values.length + missing.length !== count) {
      throw new CompactFormatError(`${path}/values`, 'must hold one value per record not listed in missing');
    }
    let next = 0;
    let skip = 0;
    for (let record = 0; record < (count as number); record++) {
      if (missing[skip] === record) {
        skip++;
        continue;
      }
      const at = `${path}/values/${next}`;
      const value = values[next++];
      (records[record] as Record<string, unknown>)[key] =
        type === 'string' ? text(value, at)
        : type === 'json' ? value
        : Array.isArray(value) ? value.map((index, i) => text(index, `${at}/${i}`))
        : (() => {
            throw new CompactFormatError(at, 'must be an array of indexes into /strings');
          })();
    }
  });
  return records as unknown as PublicMentor[];
}

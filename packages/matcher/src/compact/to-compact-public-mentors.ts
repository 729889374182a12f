import type { PublicMentor } from '../model/mentor.js';
import { COMPACT_PUBLIC_MENTORS_FORMAT, type CompactColumn, type CompactColumnType, type CompactPublicMentors } from './compact-public-mentors.js';

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

function columnType(values: readonly unknown[]): CompactColumnType {
  if (values.every((value) => typeof value === 'string')) return 'string';
  if (values.every(isStringList)) return 'strings';
  return 'json';
}

/**
 * The compact form of public mentor records (`toPublicMentors`' output): one column per field, in
 * order of first appearance, with repeated strings stored once. `fromCompactPublicMentors` gives the
 * records back. Input is not changed; `json` columns share their values with it.
 */
export function toCompactPublicMentors(mentors: readonly PublicMentor[]): CompactPublicMentors {
  const records = mentors as readonly object[] as readonly Record<string, unknown>[];
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    for (const key of Object.keys(record)) {
      if (!seen.has(key) && record[key] !== undefined) {
        seen.add(key);
        keys.push(key);
      }
    }
  }
  const strings: string[] = [];
  const indexes = new Map<string, number>();
  const intern = (text: string): number => {
    let index = indexes.get(text);
    if (index === undefined) {
      index = strings.length;
      strings.push(text);
      indexes.set(text, index);
    }
    return index;
  };
  const columns = keys.map((key): CompactColumn => {
    const values: unknown[] = [];
    const missing: number[] = [];
    records.forEach((record, index) => {
      if (Object.hasOwn(record, key) && record[key] !== undefined) values.push(record[key]);
      else missing.push(index);
    });
    const type = columnType(values);
    const stored =
      type === 'string' ? values.map((value) => intern(value as string))
      : type === 'strings' ? values.map((value) => (value as string[]).map(intern))
      : values;
    return { key, type, values: stored, ...(missing.length > 0 ? { missing } : {}) };
  });
  return { format: COMPACT_PUBLIC_MENTORS_FORMAT, count: records.length, strings, columns };
}

/**
 * The compact form of a public mentor list: field names once, then one row of values per mentor
 * (`null` where a mentor has no value). Same information as `toPublicMentors` output, fewer bytes.
 */
export interface CompactPublicMentors {
  format: typeof COMPACT_PUBLIC_MENTORS_FORMAT;
  fields: string[];
  rows: unknown[][];
}

export const COMPACT_PUBLIC_MENTORS_FORMAT = 'mentor-finder.public-mentors.compact/1';

/** True for a value in the compact form (it may still hold invalid mentors: validate after expanding). */
export function isCompactPublicMentors(input: unknown): input is CompactPublicMentors {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return false;
  const candidate = input as Record<string, unknown>;
  return candidate['format'] === COMPACT_PUBLIC_MENTORS_FORMAT && Array.isArray(candidate['fields']) && Array.isArray(candidate['rows']);
}

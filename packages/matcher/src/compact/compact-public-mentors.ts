/** Names the compact public mentor format and its version; a reader refuses any other value. */
export const COMPACT_PUBLIC_MENTORS_FORMAT = 'mentor-finder/compact@1';

/**
 * How one field's values are stored: `string` values are indexes into `strings`; `strings` values
 * are arrays of such indexes; `json` values are kept as they are.
 */
export type CompactColumnType = 'string' | 'strings' | 'json';

/** One field of every record, in record order. */
export interface CompactColumn {
  key: string;
  type: CompactColumnType;
  /** One value per record that has the field (records listed in `missing` have none). */
  values: unknown[];
  /** Ascending indexes of the records without this field; absent when every record has it. */
  missing?: number[];
}

/**
 * Public mentor records as columns: each field name once, each distinct string once. Fields the
 * writer does not know are kept like any other, so the format follows the public record's schema.
 */
export interface CompactPublicMentors {
  format: typeof COMPACT_PUBLIC_MENTORS_FORMAT;
  /** Number of records. */
  count: number;
  /** Every distinct string of `string` and `strings` columns, in order of first use. */
  strings: string[];
  columns: CompactColumn[];
}

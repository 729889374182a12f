import { normalizeText, type SuggestedPair } from '@mentor-finder/matcher';
import type { PairColumn } from '../../pair-preview-translations/pair-preview-translation.js';
import { byId } from './by-id.js';

export const SORT_DIRECTIONS = ['ascending', 'descending'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export interface PairSort {
  column: PairColumn;
  direction: SortDirection;
}

/** A suggested pair with the names the table shows. */
export interface PairRow {
  pair: SuggestedPair;
  menteeName: string;
  mentorName: string;
}

/** Rows sorted by a column (names by the locale's collation, scores numerically); ties by mentee id, then mentor id. */
export function sortPairRows(rows: readonly PairRow[], sort: PairSort, locale: string): PairRow[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const primary = (a: PairRow, b: PairRow): number =>
    sort.column === 'score' ? a.pair.score - b.pair.score
    : sort.column === 'mentor' ? collator.compare(a.mentorName, b.mentorName)
    : collator.compare(a.menteeName, b.menteeName);
  return [...rows].sort((a, b) => sign * primary(a, b) || byId(a.pair.menteeId, b.pair.menteeId) || byId(a.pair.mentorId, b.pair.mentorId));
}

/** Rows whose mentee or mentor name or id contains the text (case and diacritics ignored). */
export function filterPairRows(rows: readonly PairRow[], text: string): PairRow[] {
  const needle = normalizeText(text.trim());
  if (!needle) return [...rows];
  return rows.filter((row) =>
    [row.menteeName, row.pair.menteeId, row.mentorName, row.pair.mentorId].some((value) => normalizeText(value).includes(needle)),
  );
}

import type { ReactiveControllerHost } from 'lit';
import type { PairColumn } from '../../pair-preview-translations/pair-preview-translation.js';
import { filterPairRows, sortPairRows, type PairRow, type PairSort } from './pair-rows.js';
import { personName, type RunOutcome } from './run-outcome.js';

const DEFAULT_SORT: PairSort = Object.freeze({ column: 'mentee', direction: 'ascending' });

export interface PairTableOptions {
  locale: () => string;
  /** Rows shown at first and added by "Show more". */
  pageSize: () => number;
}

/** The pairs table's sort, filter text and page; the rows are sorted and filtered again only when one of these, the run or the language changes. */
export class PairTableController {
  sort: PairSort = DEFAULT_SORT;
  filterText = '';
  /** Rows shown after "Show more"; 0 until it is pressed. */
  private shown = 0;
  private cache: { key: unknown[]; rows: PairRow[] } | undefined;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: PairTableOptions) {}

  /** The run's pairs, filtered and sorted: all of them, not only those shown. */
  rows(outcome: RunOutcome): PairRow[] {
    const locale = this.options.locale();
    const key = [outcome, this.sort, this.filterText, locale];
    if (this.cache && this.cache.key.every((part, i) => part === key[i])) return this.cache.rows;
    const rows = outcome.suggestion.pairs.map((pair) => ({ pair, menteeName: personName(outcome, 'mentee', pair.menteeId), mentorName: personName(outcome, 'mentor', pair.mentorId) }));
    const result = sortPairRows(filterPairRows(rows, this.filterText), this.sort, locale);
    this.cache = { key, rows: result };
    return result;
  }

  /** How many of `total` rows are shown. */
  visible(total: number): number {
    return Math.min(total, Math.max(this.shown, this.options.pageSize()));
  }

  /** The same column again turns the order round; scores sort highest first, names from A. */
  sortBy(column: PairColumn): void {
    const same = this.sort.column === column;
    const direction = same ? (this.sort.direction === 'ascending' ? 'descending' : 'ascending') : column === 'score' ? 'descending' : 'ascending';
    this.sort = { column, direction };
    this.host.requestUpdate();
  }

  /** Filters by name or id, from the first page again. */
  filter(text: string): void {
    this.filterText = text;
    this.shown = 0;
    this.host.requestUpdate();
  }

  /** Shows the next page of `total` rows; returns the index of its first row. */
  showMore(total: number): number {
    const pageSize = this.options.pageSize();
    const first = Math.max(this.shown, pageSize);
    this.shown = Math.min(total, first + pageSize);
    this.host.requestUpdate();
    return first;
  }
}

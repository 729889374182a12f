import type { ReactiveControllerHost } from 'lit';
import type { MentorFilters, PublicMentor } from '@mentor-finder/matcher';
import { NO_FILTERS, type FilterKind, type FilterState } from './finder-filters.template.js';

export interface FinderBrowseOptions {
  /** The mentors matching a search text and filters, in order. */
  hits: (text: string, filters: MentorFilters) => PublicMentor[];
  /** Called when the search or a filter changes (the host goes back to the first page). */
  onChange: () => void;
}

/** The browse view's search text and filters; asks its host to render when they change. */
export class FinderBrowseController {
  searchText = '';
  filters: FilterState = NO_FILTERS;
  /** The filters are shown in a narrow layout (the toggle was pressed). */
  filtersOpen = false;
  private readonly host: ReactiveControllerHost;
  private readonly options: FinderBrowseOptions;

  constructor(host: ReactiveControllerHost, options: FinderBrowseOptions) {
    this.host = host;
    this.options = options;
  }

  /** A search text or any filter is set. */
  get active(): boolean {
    return this.searchText !== '' || this.filters.availableOnly || Object.values(this.filters.values).some(Boolean);
  }

  hits(): PublicMentor[] {
    return this.options.hits(this.searchText, this.searchFilters());
  }

  /** The filters as the search takes them. */
  searchFilters(): MentorFilters {
    const filters: MentorFilters = { availableOnly: this.filters.availableOnly };
    for (const [kind, value] of Object.entries(this.filters.values) as [FilterKind, string][]) {
      if (value) filters[kind] = [value];
    }
    return filters;
  }

  setSearchText(text: string): void {
    this.searchText = text;
    this.changed();
  }

  setFilter(kind: FilterKind, value: string): void {
    this.filters = { ...this.filters, values: { ...this.filters.values, [kind]: value } };
    this.changed();
  }

  setAvailableOnly(checked: boolean): void {
    this.filters = { ...this.filters, availableOnly: checked };
    this.changed();
  }

  clear(): void {
    this.filters = NO_FILTERS;
    this.searchText = '';
    this.changed();
  }

  toggleFilters(): void {
    this.filtersOpen = !this.filtersOpen;
    this.host.requestUpdate();
  }

  private changed(): void {
    this.options.onChange();
    this.host.requestUpdate();
  }
}

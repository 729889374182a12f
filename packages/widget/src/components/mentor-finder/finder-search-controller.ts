import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MentorFacets, MentorFilters, MentorSearch, PublicMentor } from '@mentor-finder/matcher';
import { byNameKey } from '../../controllers/first-page.js';
import { LatestPending } from '../../utilities/latest-pending.js';
import { loadOnce } from '../../utilities/load-once.js';

type SearchEngine = typeof import('./search-engine.js');

/** Fewer full matches than about a screen of cards: mentors matching some of the words are offered too. */
export const FEW_HITS = 6;

export const NO_FACETS: MentorFacets = Object.freeze({ languages: [], countries: [], subjects: [], schoolLevels: [], topics: [] });

const loadSearchEngine = loadOnce((): Promise<SearchEngine> => import('./search-engine.js'));

export interface FinderSearchOptions {
  mentors: () => readonly PublicMentor[];
  locale: () => string;
  /** Whether the mentors are final (validated), so an index of them is worth building. */
  complete: () => boolean;
  /** Whether the mentors are a first page, shown before the collator's locale data is worth loading. */
  firstPage: () => boolean;
  onError: (cause: unknown) => void;
}

/**
 * The browse view's search. Until its index exists the list is in name order (the empty search's
 * order) and there are no facets; the search code and the index come after the first list has painted.
 */
export class FinderSearchController implements ReactiveController {
  private readonly host: ReactiveControllerHost & { readonly isConnected: boolean };
  private readonly options: FinderSearchOptions;
  private index: { mentors: readonly PublicMentor[]; search: MentorSearch; facets: MentorFacets } | undefined;
  /** The last result of each kind of search, with what it was asked for. */
  private readonly last = new Map<'all' | 'some', { key: unknown[]; hits: PublicMentor[] }>();
  private sorted: { mentors: readonly PublicMentor[]; locale: string; list: PublicMentor[] } | undefined;
  private readonly building = new LatestPending();
  /** The mentors whose index could not be built (the search code did not load); not tried again for them. */
  private failedFor: readonly PublicMentor[] | undefined;

  constructor(host: ReactiveControllerHost & { readonly isConnected: boolean }, options: FinderSearchOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  get indexed(): boolean {
    return this.index !== undefined && this.index.mentors === this.options.mentors();
  }

  /** Settles once an index being built is there; undefined when none is being built. */
  get pending(): Promise<void> | undefined {
    return this.building.current;
  }

  facets(): MentorFacets {
    return this.indexed && this.index ? this.index.facets : NO_FACETS;
  }

  /** The mentors that match; in name order, unfiltered, until the index is there (`indexed`). */
  hits(text: string, filters: MentorFilters): PublicMentor[] {
    if (!this.indexed || !this.index) {
      this.schedule();
      return this.nameOrder();
    }
    const { search } = this.index;
    const locale = this.options.locale();
    return this.remembered('all', [search, text, JSON.stringify(filters), locale], () =>
      search.search(text, filters, { locale }).map((hit) => hit.mentor as PublicMentor),
    );
  }

  /**
   * When a search's full matches are fewer than FEW_HITS, up to `limit` more mentors that match some
   * of its words (those with more words first); none before the index is there, and none for a
   * one-word query, whose full matches are all it has.
   */
  someWordHits(text: string, filters: MentorFilters, full: readonly PublicMentor[], limit: number): PublicMentor[] {
    if (!this.indexed || !this.index || full.length >= FEW_HITS || text.trim() === '') return [];
    const { search } = this.index;
    const locale = this.options.locale();
    return this.remembered('some', [search, text, JSON.stringify(filters), locale, limit], () => {
      const shown = new Set(full);
      return search
        .search(text, filters, { locale, match: 'some', limit: limit + full.length })
        .map((hit) => hit.mentor as PublicMentor)
        .filter((mentor) => !shown.has(mentor))
        .slice(0, limit);
    });
  }

  /** The hits of the last search of this kind when it was asked the same, else `find()`'s, kept. */
  private remembered(kind: 'all' | 'some', key: unknown[], find: () => PublicMentor[]): PublicMentor[] {
    const last = this.last.get(kind);
    if (last && last.key.every((part, i) => part === key[i])) return last.hits;
    const hits = find();
    this.last.set(kind, { key, hits });
    return hits;
  }

  /** Mentors by display name (the locale's collation), ties by id: the search's empty-query order. */
  nameOrder(): PublicMentor[] {
    const mentors = this.options.mentors();
    const locale = this.options.locale();
    if (this.sorted?.mentors !== mentors || this.sorted.locale !== locale) {
      const collator = this.options.firstPage() ? undefined : new Intl.Collator(locale);
      const list = collator ? [...mentors].sort((a, b) => collator.compare(a.displayName, b.displayName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) : byNameKey(mentors, locale);
      this.sorted = { mentors, locale, list };
    }
    return this.sorted.list;
  }

  /** Loads the search code and builds the index once the browser is idle after painting the list. */
  schedule(): void {
    if (this.indexed || this.building.current || !this.options.complete() || this.failedFor === this.options.mentors()) return;
    const building = new Promise<void>((resolve) => {
      const build = (): void => {
        loadSearchEngine().then(
          ({ createMentorSearch }) => {
            const mentors = this.options.mentors();
            if (this.host.isConnected && this.options.complete() && !this.indexed) {
              const search = createMentorSearch(mentors);
              this.index = { mentors, search, facets: search.facets() };
              this.host.requestUpdate();
            }
            resolve();
          },
          (cause: unknown) => {
            this.failedFor = this.options.mentors();
            this.options.onError(cause);
            resolve();
          },
        );
      };
      if (typeof requestIdleCallback === 'function') requestIdleCallback(build, { timeout: 300 });
      else setTimeout(build, 50);
    });
    void this.building.track(building);
  }
}

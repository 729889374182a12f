import type { AnyMentor } from '../model/index.js';

/** Kinds of filter and facet; each names a list field of a mentor. */
export const FACET_KINDS = ['languages', 'countries', 'subjects', 'schoolLevels', 'topics'] as const;
/** One of FACET_KINDS. */
export type FacetKind = (typeof FACET_KINDS)[number];

/**
 * Filters combine with AND across kinds; within a kind a mentor passes when it has any of the values.
 * An empty or missing list does not filter.
 */
export interface MentorFilters {
  languages?: string[];
  countries?: string[];
  subjects?: string[];
  schoolLevels?: string[];
  topics?: string[];
  /** Free places, accepting requests and status `active`. */
  availableOnly?: boolean;
}

/** One mentor found by a search, with its relevance and the words that matched. */
export interface SearchHit {
  mentor: AnyMentor;
  /** Relevance 0..1; 0 for an empty query (the list is then in name order). */
  score: number;
  /** Normalized index terms that matched, one per query word (`normalizeText` form). */
  matched: string[];
}

/** Options of one MentorSearch.search call. */
export interface SearchQueryOptions {
  /** Collation for the empty-query listing; falls back to the search's default locale. */
  locale?: string;
  /** At most this many hits; no limit when missing. */
  limit?: number;
  /**
   * `all` (the default): mentors that match every word. `some`: mentors that match at least one,
   * those matching more words first; for offering more when a query's words are not found together.
   */
  match?: 'all' | 'some';
}

/** One value of a facet and how many mentors have it. */
export interface FacetValue {
  value: string;
  count: number;
}

/** Filter values present in the data, per filter, with how many mentors have each. */
export type MentorFacets = Record<FacetKind, FacetValue[]>;

/** Relative weight of each indexed field; a higher weight ranks a match in that field higher. */
export interface SearchFieldWeights {
  displayName: number;
  topics: number;
  subjects: number;
  schoolLevels: number;
  role: number;
  /** The region and the town for meeting in person (`availability.inPersonArea`). */
  region: number;
  country: number;
  bio: number;
}

/** Options of createMentorSearch; defaults in DEFAULT_MENTOR_SEARCH_OPTIONS. */
export interface MentorSearchOptions {
  weights?: Partial<SearchFieldWeights>;
  /** Locale of the empty-query listing when a search names none. */
  locale?: string;
  /** No longer used: typo tolerance allows one edit from `minFuzzyLength` letters, two from 9. */
  fuzzyThreshold?: number;
  /** Query words shorter than this never match by typo tolerance (one edit below 9 letters, two from 9). */
  minFuzzyLength?: number;
  /** At most this many similar words stand in for one misspelt query word. */
  maxFuzzyTerms?: number;
  /** No longer used: typos are looked up whatever else a word matched. */
  fuzzyBelow?: number;
  /** Longer queries are cut to this many characters. */
  maxQueryLength?: number;
  /** Words after this many are ignored. */
  maxQueryWords?: number;
}

/** An input entry that is not a mentor record and so cannot be searched. */
export interface SkippedRecord {
  index: number;
  code: 'not-a-record';
}

/** A search index over a fixed list of mentors; build it again when the list changes. */
export interface MentorSearch {
  search(query: string, filters?: MentorFilters, options?: SearchQueryOptions): SearchHit[];
  /** Filter values present in the data, most frequent first, ties by value. */
  facets(): MentorFacets;
  /** Number of searchable mentors. */
  readonly size: number;
  readonly skipped: readonly SkippedRecord[];
}

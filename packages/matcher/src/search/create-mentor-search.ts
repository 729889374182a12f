import type { AnyMentor } from '../model/index.js';
import { hasBit, type Bitset } from './bitset.js';
import { buildFilterIndex } from './build-filter-index.js';
import { buildInvertedIndex, type InvertedIndex } from './build-inverted-index.js';
import { collationOrder, resolveCollator } from './collation-order.js';
import { computeFacets } from './compute-facets.js';
import { createPartLookup } from './create-part-lookup.js';
import { createTypoLookup } from './create-typo-lookup.js';
import { createLabelTerms } from './create-label-terms.js';
import { resolveSearchOptions, type ResolvedSearchOptions } from './default-search-options.js';
import { expandWord, type WordLookups } from './expand-word.js';
import { filterMask } from './filter-mask.js';
import { indexMentorFields } from './index-mentor-fields.js';
import { parseQuery, type ParsedQuery } from './parse-query.js';
import { rankIds } from './rank-ids.js';
import { scoreMatches, scoreSomeMatches } from './score-matches.js';
import { selectTop } from './select-top.js';
import type {
  MentorFilters,
  MentorSearch,
  MentorSearchOptions,
  SearchHit,
  SearchQueryOptions,
  SkippedRecord,
} from './types.js';

type RawRecord = Readonly<Record<string, unknown>>;

interface SearchState {
  settings: ResolvedSearchOptions;
  mentors: readonly AnyMentor[];
  index: InvertedIndex;
  lookups: WordLookups;
  idRank: Int32Array;
  /** Upper bound of one word's score, to scale scores to 0..1. */
  maxWeight: number;
}

const MAX_CACHED_LOCALES = 8;
/** Compounds found by a later part, per query word: enough for real words, bounded for two-letter noise. */
const MAX_PART_TERMS = 200;
/** The shortest word being typed that a `some` search takes. */
const MIN_SOME_PREFIX = 3;

/**
 * Free-text and filter search over mentors, built once. Text is matched through an inverted index
 * of normalized words: the word itself, a completion of the word being typed, inflected forms and
 * compounds of its stem, compounds holding it as a later part, and typos (one edit from 5 letters,
 * two from 9) over the distinct words, so a keystroke costs posting-list walks rather than a scan
 * of every bio. Vocabulary labels are indexed in all five languages, with everyday synonyms.
 */
export function createMentorSearch(mentors: readonly AnyMentor[], options?: MentorSearchOptions): MentorSearch {
  const settings = resolveSearchOptions(options);
  const { records, skipped } = acceptRecords(mentors);
  const raw = records as unknown as readonly RawRecord[];
  const labelTerms = createLabelTerms();
  const index = buildInvertedIndex(raw.length, (m, add) => indexMentorFields(raw[m]!, settings.weights, labelTerms, add));
  const filters = buildFilterIndex(raw);
  const names = raw.map((record) => (typeof record.displayName === 'string' ? record.displayName : ''));
  const idRank = rankIds(raw.map((record) => idOf(record.id)));
  const state: SearchState = {
    settings,
    mentors: records,
    index,
    lookups: {
      typos: createTypoLookup(index.vocabulary, { maxTerms: settings.maxFuzzyTerms, minLength: settings.minFuzzyLength }),
      parts: createPartLookup(index.vocabulary, MAX_PART_TERMS),
    },
    idRank,
    maxWeight: Object.values(settings.weights).reduce((max, w) => (w > max ? w : max), Number.MIN_VALUE),
  };
  const orders = new Map<string, Int32Array>();
  const nameOrder = (locale: unknown): Int32Array => {
    const collator = resolveCollator(locale, settings.locale);
    const key = collator.resolvedOptions().locale;
    let order = orders.get(key);
    if (!order) {
      if (orders.size >= MAX_CACHED_LOCALES) orders.clear();
      orders.set(key, (order = collationOrder(names, idRank, collator)));
    }
    return order;
  };

  return Object.freeze({
    size: records.length,
    skipped: Object.freeze(skipped),
    facets: () => computeFacets(filters),
    search(query: string, filterValues?: MentorFilters, queryOptions?: SearchQueryOptions): SearchHit[] {
      const { locale, limit, some } = readQueryOptions(queryOptions);
      const mask = filterMask(filters, filterValues);
      const parsed = parseQuery(query, settings);
      if (limit === 0) return [];
      if (parsed.words.length === 0) return listByName(records, nameOrder(locale ?? settings.locale), mask, limit);
      return searchText(state, parsed, mask, limit, some);
    },
  });
}

function acceptRecords(input: unknown): { records: AnyMentor[]; skipped: SkippedRecord[] } {
  const records: AnyMentor[] = [];
  const skipped: SkippedRecord[] = [];
  if (!Array.isArray(input)) return { records, skipped };
  input.forEach((item: unknown, index) => {
    if (item && typeof item === 'object' && !Array.isArray(item)) records.push(item as AnyMentor);
    else skipped.push({ index, code: 'not-a-record' });
  });
  return { records, skipped };
}

function idOf(id: unknown): string {
  return typeof id === 'string' ? id : typeof id === 'number' ? String(id) : '';
}

function readQueryOptions(options: unknown): { locale: unknown; limit: number; some: boolean } {
  const o = options && typeof options === 'object' ? (options as SearchQueryOptions) : {};
  const limit = typeof o.limit === 'number' && o.limit >= 0 && !Number.isNaN(o.limit) ? Math.floor(o.limit) : Infinity;
  return { locale: o.locale, limit, some: o.match === 'some' };
}

function listByName(mentors: readonly AnyMentor[], order: Int32Array, mask: Bitset | null, limit: number): SearchHit[] {
  const hits: SearchHit[] = [];
  for (let i = 0; i < order.length && hits.length < limit; i++) {
    const mentor = order[i]!;
    if (!mask || hasBit(mask, mentor)) hits.push({ mentor: mentors[mentor]!, score: 0, matched: [] });
  }
  return hits;
}

function searchText(state: SearchState, parsed: ParsedQuery, mask: Bitset | null, limit: number, some: boolean): SearchHit[] {
  const { settings, index } = state;
  const words = parsed.words.map((word, w) =>
    expandWord(index, state.lookups, word, {
      prefix: parsed.lastIsPrefix && w === parsed.words.length - 1,
      minFuzzyLength: settings.minFuzzyLength,
    }),
  );
  const size = state.mentors.length;
  // A word of one or two letters still being typed would match half the list as a prefix.
  const telling = some && parsed.lastIsPrefix && parsed.words.at(-1)!.length < MIN_SOME_PREFIX ? words.slice(0, -1) : words;
  const { mentors, scores, bestTerms, counts } = some ? scoreSomeMatches(index, telling, mask, size) : { ...scoreMatches(index, words, mask, size), counts: undefined };
  const scale = 1 / (words.length * state.maxWeight);
  const byScore = (a: number, b: number): number => scores[b]! - scores[a]! || state.idRank[mentors[a]!]! - state.idRank[mentors[b]!]!;
  // With `some`, more words found first: two of three words rank above one heavy word.
  const top = selectTop(mentors.length, limit, counts ? (a, b) => counts[b]! - counts[a]! || byScore(a, b) : byScore);
  return Array.from(top, (i) => {
    const mentor = mentors[i]!;
    return {
      mentor: state.mentors[mentor]!,
      score: Math.min(1, scores[i]! * scale),
      matched: matchedTerms(index, bestTerms, mentor),
    };
  });
}

/** The best term of each word for one mentor, without repeats; a short loop, as it runs per hit. */
function matchedTerms(index: InvertedIndex, bestTerms: readonly Int32Array[], mentor: number): string[] {
  const matched: string[] = [];
  for (const terms of bestTerms) {
    const id = terms[mentor]!;
    if (id < 0) continue;
    const term = index.vocabulary[id]!;
    if (!matched.includes(term)) matched.push(term);
  }
  return matched;
}

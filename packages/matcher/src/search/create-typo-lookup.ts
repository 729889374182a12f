import { boundedEditDistance } from '../text/bounded-edit-distance.js';

/** A vocabulary word within the edit budget of a query word. */
export interface TypoTerm {
  term: number;
  /** Optimal string alignment edits (a swap of neighbours is one), against the whole word or a start of it. */
  edits: number;
}

export interface TypoLookupOptions {
  maxTerms: number;
  /** Words shorter than this allow no edit. */
  minLength: number;
  /** At most this many words, those sharing most bigrams, are measured. */
  maxCandidates?: number;
}

/** Words of the vocabulary within the edit budget of a query word, fewest edits first, ties by vocabulary order. */
export type TypoLookup = (word: string) => TypoTerm[];

const DEFAULT_MAX_CANDIDATES = 256;
const START = 2;
const MAX_CACHED_WORDS = 256;
/** Words of 9 letters or more allow two edits. */
const TWO_EDITS_FROM = 9;

/** One edit from `minLength` letters (5 by default), two from 9. */
export function editBudget(length: number, minLength = 5): number {
  if (length < minLength) return 0;
  return length >= Math.max(TWO_EDITS_FROM, minLength) ? 2 : 1;
}

/**
 * Typo tolerance over the distinct words, never over whole records. A q-gram filter (Ukkonen,
 * "Approximate string-matching with q-grams and maximal matches", TCS 92, 1992: k edits destroy
 * at most k*q of a word's q-grams, a swap of neighbours three bigrams) keeps the words sharing
 * enough bigrams with the query word; only those are measured, with the bounded edit distance
 * against the whole word or a start of it, so a misspelt stem also finds its inflected forms and
 * compounds ("robotika" finds "robootikaringi"). Built on first use.
 */
export function createTypoLookup(vocabulary: readonly string[], options: TypoLookupOptions): TypoLookup {
  const maxCandidates = options.maxCandidates ?? DEFAULT_MAX_CANDIDATES;
  let grams: Map<number, Int32Array> | undefined;
  let shared: Uint16Array | undefined;
  const cache = new Map<string, TypoTerm[]>();
  return (word) => {
    const budget = editBudget(word.length, options.minLength);
    if (options.maxTerms <= 0 || vocabulary.length === 0 || budget === 0) return [];
    let found = cache.get(word);
    if (found) return found;
    grams ??= bigramIndex(vocabulary);
    shared ??= new Uint16Array(vocabulary.length);
    found = [];
    for (const term of sharingBigrams(vocabulary, grams, shared, word, budget, maxCandidates)) {
      const edits = boundedEditDistance(word, vocabulary[term]!, budget, { prefix: true });
      if (edits <= budget) found.push({ term, edits });
    }
    found.sort((a, b) => a.edits - b.edits || a.term - b.term);
    if (found.length > options.maxTerms) found.length = options.maxTerms;
    // Typing sends a burst of queries that share words; keep the cache small.
    if (cache.size >= MAX_CACHED_WORDS) cache.clear();
    cache.set(word, found);
    return found;
  };
}

/** Distinct bigram codes of a word with a start marker, so the first letter counts. */
function bigrams(word: string): number[] {
  const codes = new Set<number>();
  let previous = START;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    codes.add(previous * 65536 + code);
    previous = code;
  }
  return [...codes];
}

function bigramIndex(vocabulary: readonly string[]): Map<number, Int32Array> {
  const lists = new Map<number, number[]>();
  vocabulary.forEach((term, id) => {
    let previous = START;
    for (let i = 0; i < term.length; i++) {
      const code = term.charCodeAt(i);
      const gram = previous * 65536 + code;
      previous = code;
      const list = lists.get(gram);
      // A gram repeated within the word is listed once.
      if (!list) lists.set(gram, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
    }
  });
  const out = new Map<number, Int32Array>();
  for (const [gram, ids] of lists) out.set(gram, Int32Array.from(ids));
  return out;
}

/** Term ids sharing enough bigrams with `word`, most shared first, ties by id. */
function sharingBigrams(
  vocabulary: readonly string[],
  grams: Map<number, Int32Array>,
  shared: Uint16Array,
  word: string,
  edits: number,
  maxCandidates: number,
): number[] {
  const wordGrams = bigrams(word);
  const needed = Math.max(1, wordGrams.length - 3 * edits);
  const touched: number[] = [];
  for (const gram of wordGrams) {
    const ids = grams.get(gram);
    if (!ids) continue;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (shared[id] === 0) touched.push(id);
      shared[id]!++;
    }
  }
  const candidates = touched.filter((id) => shared[id]! >= needed && vocabulary[id]!.length >= word.length - edits);
  candidates.sort((a, b) => shared[b]! - shared[a]! || a - b);
  for (const id of touched) shared[id] = 0;
  return candidates.length > maxCandidates ? candidates.slice(0, maxCandidates) : candidates;
}

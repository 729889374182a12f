import Fuse from 'fuse.js/basic';

/** A vocabulary word close to a misspelt query word; `score` 0 is exact, 1 is unrelated. */
export interface FuzzyTerm {
  term: number;
  score: number;
}

export interface FuzzyLookupOptions {
  /** Fuse.js threshold; also bounds the edits the bigram filter allows for. */
  threshold: number;
  maxTerms: number;
  /** At most this many words, those sharing most bigrams, go to Fuse. */
  maxCandidates?: number;
}

/** Words of the vocabulary similar to a query word, best first, ties by vocabulary order. */
export type FuzzyLookup = (word: string) => FuzzyTerm[];

const DEFAULT_MAX_CANDIDATES = 256;
const START = 2;
const MAX_CACHED_WORDS = 256;

/**
 * Typo tolerance over the distinct words, never over whole records. A q-gram filter (Ukkonen,
 * "Approximate string-matching with q-grams and maximal matches", TCS 92, 1992: k edits destroy
 * at most k*q of a word's q-grams) keeps the words sharing enough bigrams with the query word, and
 * Fuse.js scores only those. Both are built on first use, so exact searches never pay for them.
 */
export function createFuzzyLookup(vocabulary: readonly string[], options: FuzzyLookupOptions): FuzzyLookup {
  const maxCandidates = options.maxCandidates ?? DEFAULT_MAX_CANDIDATES;
  let grams: Map<number, Int32Array> | undefined;
  let shared: Uint16Array | undefined;
  const cache = new Map<string, FuzzyTerm[]>();
  return (word) => {
    if (options.maxTerms <= 0 || vocabulary.length === 0 || word.length === 0) return [];
    let found = cache.get(word);
    if (found) return found;
    grams ??= bigramIndex(vocabulary);
    shared ??= new Uint16Array(vocabulary.length);
    const candidates = sharingBigrams(vocabulary, grams, shared, word, options.threshold, maxCandidates);
    found = scoreWithFuse(vocabulary, candidates, word, options);
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
  return new Map([...lists].map(([gram, ids]) => [gram, Int32Array.from(ids)]));
}

/** Term ids sharing enough bigrams with `word`, most shared first, ties by id. */
function sharingBigrams(
  vocabulary: readonly string[],
  grams: Map<number, Int32Array>,
  shared: Uint16Array,
  word: string,
  threshold: number,
  maxCandidates: number,
): number[] {
  const wordGrams = bigrams(word);
  const edits = Math.max(1, Math.floor(threshold * word.length));
  // One more for the start marker, which a match inside a longer word does not share.
  const needed = Math.max(1, wordGrams.length - 2 * edits - 1);
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

function scoreWithFuse(
  vocabulary: readonly string[],
  candidates: number[],
  word: string,
  options: FuzzyLookupOptions,
): FuzzyTerm[] {
  if (candidates.length === 0) return [];
  const fuse = new Fuse(
    candidates.map((id) => vocabulary[id]!),
    { includeScore: true, threshold: options.threshold, isCaseSensitive: true, shouldSort: true },
  );
  return fuse
    .search(word, { limit: options.maxTerms })
    .map((result) => ({ term: candidates[result.refIndex]!, score: result.score ?? 1 }))
    .sort((a, b) => a.score - b.score || a.term - b.term);
}

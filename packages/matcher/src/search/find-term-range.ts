import type { InvertedIndex } from './build-inverted-index.js';

/** Index of the first vocabulary word not below `word` (binary search). */
export function lowerBound(vocabulary: readonly string[], word: string): number {
  let lo = 0;
  let hi = vocabulary.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (vocabulary[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Term id of `word`, or -1. */
export function findTerm(index: InvertedIndex, word: string): number {
  const at = lowerBound(index.vocabulary, word);
  return index.vocabulary[at] === word ? at : -1;
}

/** `[start, end)` of the vocabulary words that start with `prefix`; they are contiguous in code-unit order. */
export function findPrefixRange(vocabulary: readonly string[], prefix: string): [number, number] {
  const start = lowerBound(vocabulary, prefix);
  let lo = start;
  let hi = vocabulary.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (vocabulary[mid]!.startsWith(prefix)) lo = mid + 1;
    else hi = mid;
  }
  return [start, lo];
}

import type { InvertedIndex } from './build-inverted-index.js';
import type { FuzzyLookup } from './create-fuzzy-lookup.js';
import { findPrefixRange, findTerm } from './find-term-range.js';

/** The vocabulary terms that stand for one query word, each with how well it matches (0..1]. */
export interface WordExpansion {
  word: string;
  terms: number[];
  factors: number[];
  /** Total postings of the terms: work to score this word, and an upper bound of mentors matched. */
  postings: number;
  /** Whether typo tolerance was tried. */
  fuzzy: boolean;
}

export interface ExpandWordOptions {
  prefix: boolean;
  /** Try typo tolerance whatever exact and prefix lookup found. */
  forceFuzzy: boolean;
  minFuzzyLength: number;
  fuzzyBelow: number;
}

/** A completed word beats a completion, which beats a typo match; shorter completions rank higher. */
export const MATCH_FACTORS = Object.freeze({ exact: 1, prefixBase: 0.5, prefixSpan: 0.4, fuzzy: 0.7 });

export function expandWord(
  index: InvertedIndex,
  fuzzy: FuzzyLookup,
  word: string,
  options: ExpandWordOptions,
): WordExpansion {
  const expansion: WordExpansion = { word, terms: [], factors: [], postings: 0, fuzzy: false };
  const add = (term: number, factor: number): void => {
    if (factor <= 0) return;
    expansion.terms.push(term);
    expansion.factors.push(factor);
    expansion.postings += index.offsets[term + 1]! - index.offsets[term]!;
  };
  const exact = findTerm(index, word);
  if (exact >= 0) add(exact, MATCH_FACTORS.exact);
  if (options.prefix) {
    const [start, end] = findPrefixRange(index.vocabulary, word);
    for (let term = start; term < end; term++) {
      if (term === exact) continue;
      add(term, MATCH_FACTORS.prefixBase + (MATCH_FACTORS.prefixSpan * word.length) / index.vocabulary[term]!.length);
    }
  }
  const tooFew = expansion.postings < options.fuzzyBelow;
  if (word.length >= options.minFuzzyLength && (tooFew || options.forceFuzzy)) {
    expansion.fuzzy = true;
    const seen = new Set(expansion.terms);
    for (const match of fuzzy(word)) {
      if (!seen.has(match.term)) add(match.term, MATCH_FACTORS.fuzzy * (1 - match.score));
    }
  }
  return expansion;
}

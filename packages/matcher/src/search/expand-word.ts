import type { InvertedIndex } from './build-inverted-index.js';
import { stripCaseEnding } from './case-endings.js';
import type { PartLookup } from './create-part-lookup.js';
import type { TypoLookup } from './create-typo-lookup.js';
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
  /** Words shorter than this are not looked up by typo. */
  minFuzzyLength: number;
}

export interface WordLookups {
  typos: TypoLookup;
  parts: PartLookup;
}

/**
 * How well each kind of match counts: the word itself beats a completion (shorter ones higher),
 * which beats an inflected form or a longer compound of its stem, then a compound holding it as a
 * later part, then a typo.
 */
export const MATCH_FACTORS = Object.freeze({
  exact: 1,
  prefixBase: 0.5,
  prefixSpan: 0.4,
  stemBase: 0.45,
  stemSpan: 0.35,
  part: 0.42,
  typo: 0.4,
  typoPerEdit: 0.1,
});

/** Stems are at least this long; shorter words only match whole, by prefix or as a part. */
const MIN_STEM = 4;

/**
 * The start of a word that its inflected forms keep: one letter off from 5 letters, two from 7
 * ("lasteaed" → "lastea" finds "lasteaias", "kvaliteedimärk" → "kvaliteedimä" finds
 * "kvaliteedimärgi"), or the word without a longer case ending, whichever is shorter
 * ("opetajatele" → "opetaja", "skolotajiem" → "skolotaj"). Estonian, Finnish, Latvian and
 * Lithuanian mostly inflect at the end. One stem is enough: the shorter is a prefix of the longer.
 */
export function stemOf(word: string): string {
  const cut = word.length >= 7 ? 2 : word.length >= 5 ? 1 : 0;
  const stem = word.length - cut >= MIN_STEM ? word.slice(0, word.length - cut) : word;
  const stripped = stripCaseEnding(word);
  return stripped.length < stem.length ? stripped : stem;
}

export function expandWord(index: InvertedIndex, lookups: WordLookups, word: string, options: ExpandWordOptions): WordExpansion {
  const best = new Map<number, number>();
  const offer = (term: number, factor: number): void => {
    if (factor > (best.get(term) ?? 0)) best.set(term, factor);
  };
  const ratio = (term: number) => word.length / Math.max(word.length, index.vocabulary[term]!.length);
  const exact = findTerm(index, word);
  if (exact >= 0) offer(exact, MATCH_FACTORS.exact);
  if (options.prefix) {
    const [start, end] = findPrefixRange(index.vocabulary, word);
    for (let term = start; term < end; term++) offer(term, MATCH_FACTORS.prefixBase + MATCH_FACTORS.prefixSpan * ratio(term));
  }
  const stem = stemOf(word);
  if (word.length >= MIN_STEM) {
    const [start, end] = findPrefixRange(index.vocabulary, stem);
    for (let term = start; term < end; term++) offer(term, MATCH_FACTORS.stemBase + MATCH_FACTORS.stemSpan * ratio(term));
    for (const term of lookups.parts(stem)) offer(term, MATCH_FACTORS.part);
  }
  const expansion: WordExpansion = { word, terms: [], factors: [], postings: 0, fuzzy: false };
  // Typos are looked for even when the word itself is found: "robotika" and "robootika" are both in use.
  if (word.length >= options.minFuzzyLength) {
    expansion.fuzzy = true;
    for (const match of lookups.typos(word)) offer(match.term, MATCH_FACTORS.typo - MATCH_FACTORS.typoPerEdit * Math.max(0, match.edits - 1));
  }
  // Term order keeps scoring deterministic whatever order the lookups answered in.
  const terms = [...best.keys()].sort((a, b) => a - b);
  for (const term of terms) {
    expansion.terms.push(term);
    expansion.factors.push(best.get(term)!);
    expansion.postings += index.offsets[term + 1]! - index.offsets[term]!;
  }
  return expansion;
}

import type { MentorSearchOptions, SearchFieldWeights } from './types.js';

/** Name first, then what the mentor helps with, then who and where they are, then the free bio. */
export const DEFAULT_SEARCH_WEIGHTS: Readonly<SearchFieldWeights> = Object.freeze({
  displayName: 8,
  topics: 4,
  subjects: 4,
  schoolLevels: 3,
  role: 2,
  region: 2,
  country: 2,
  bio: 1,
});

export type ResolvedSearchOptions = Readonly<
  Required<Omit<MentorSearchOptions, 'weights'>> & { weights: Readonly<SearchFieldWeights> }
>;

/** Defaults of MentorSearchOptions. */
export const DEFAULT_MENTOR_SEARCH_OPTIONS: ResolvedSearchOptions = Object.freeze({
  weights: DEFAULT_SEARCH_WEIGHTS,
  locale: 'en',
  fuzzyThreshold: 0.34,
  minFuzzyLength: 5,
  maxFuzzyTerms: 32,
  fuzzyBelow: 1,
  maxQueryLength: 200,
  maxQueryWords: 8,
});

/** Options merged over the defaults; values of the wrong type fall back to the default. */
export function resolveSearchOptions(options: MentorSearchOptions | undefined): ResolvedSearchOptions {
  const d = DEFAULT_MENTOR_SEARCH_OPTIONS;
  const o = options ?? {};
  const weights = { ...d.weights };
  for (const key of Object.keys(weights) as (keyof SearchFieldWeights)[]) {
    weights[key] = finiteOr(o.weights?.[key], weights[key], 0);
  }
  return Object.freeze({
    weights: Object.freeze(weights),
    locale: typeof o.locale === 'string' && o.locale ? o.locale : d.locale,
    fuzzyThreshold: Math.min(1, finiteOr(o.fuzzyThreshold, d.fuzzyThreshold, 0)),
    minFuzzyLength: finiteOr(o.minFuzzyLength, d.minFuzzyLength, 1),
    maxFuzzyTerms: finiteOr(o.maxFuzzyTerms, d.maxFuzzyTerms, 0),
    fuzzyBelow: finiteOr(o.fuzzyBelow, d.fuzzyBelow, 0),
    maxQueryLength: finiteOr(o.maxQueryLength, d.maxQueryLength, 1),
    maxQueryWords: Math.min(64, finiteOr(o.maxQueryWords, d.maxQueryWords, 1)),
  });
}

function finiteOr(value: unknown, fallback: number, min: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min ? value : fallback;
}

import { LANGUAGE_LEVELS, type LanguageLevel } from '../model/index.js';

/** Rank of a level: A1 = 1 … C2 = 6, native = 7; anything else 0. */
export function languageLevelRank(level: unknown): number {
  const index = LANGUAGE_LEVELS.indexOf(level as LanguageLevel);
  return index + 1;
}

export const MAX_LANGUAGE_RANK = LANGUAGE_LEVELS.length;

/** The level named by a rank (inverse of languageLevelRank). */
export function languageLevelOfRank(rank: number): LanguageLevel | undefined {
  return LANGUAGE_LEVELS[rank - 1];
}

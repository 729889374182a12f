/** One word of a cue, ready for matching. */
export interface CueWord {
  /** Normalized stem. */
  stem: string;
  /** Whole word only; otherwise any word starting with the stem matches. */
  exact: boolean;
  /** May also stand inside a compound word (`individuaalnõustamine` for `*nõustami`). */
  infix: boolean;
  /** Typos tolerated (edit distance). */
  typos: number;
}

/** A parsed cue: a word or an ordered phrase. */
export interface ParsedCue {
  words: CueWord[];
  weight: number;
  /** Words it matches cannot, alone, support the topic (`!euroopa kvaliteedimärk` for the national label). */
  negative: boolean;
}

export const CUE_WEIGHTS = Object.freeze({ word: 0.9, phrase: 0.95, weak: 0.4 });
// Shorter stems are whole words by default: `ict` must not match `ictus`.
const MIN_PREFIX_LENGTH = 4;
// Same word boundaries as `tokenize`, keeping the cue markers.
const SEPARATORS = /[^\p{L}\p{N}\p{M}*$]+/u;

function typosFor(stem: string): number {
  if (stem.length >= 12) return 2;
  return stem.length >= 5 ? 1 : 0;
}

function parseWord(raw: string, normalize: (text: string) => string): CueWord | null {
  const infix = raw.startsWith('*');
  const forcedExact = raw.endsWith('$');
  const forcedPrefix = raw.endsWith('*') && raw.length > 1;
  const stem = normalize(raw.replace(/[*$]/g, ''));
  if (!stem) return null;
  const exact = forcedExact || (!forcedPrefix && stem.length < MIN_PREFIX_LENGTH);
  return { stem, exact, infix: infix && stem.length >= MIN_PREFIX_LENGTH, typos: typosFor(stem) };
}

/**
 * Parses a cue written as words (several make an ordered phrase; a few words may stand between them). Each word matches words of
 * the text that start with it, so inflected languages give stems (`kvaliteedimär`). A word ending in `$`
 * must match whole, one ending in `*` is a stem even when short, one starting with `*` may stand inside
 * a compound. A leading `~` makes the cue weak (it needs support), a leading `!` negative.
 */
export function parseCue(cue: string, normalize: (text: string) => string): ParsedCue | null {
  if (typeof cue !== 'string') return null;
  let text = cue.trim();
  const negative = text.startsWith('!');
  if (negative) text = text.slice(1);
  const weak = text.startsWith('~');
  if (weak) text = text.slice(1);
  const words: CueWord[] = [];
  for (const raw of text.split(SEPARATORS)) {
    const word = raw ? parseWord(raw, normalize) : null;
    if (word) words.push(word);
  }
  if (words.length === 0) return null;
  const weight = weak ? CUE_WEIGHTS.weak : words.length > 1 ? CUE_WEIGHTS.phrase : CUE_WEIGHTS.word;
  return { words, weight, negative };
}

import { normalizeText } from './normalize-text.js';

/** A word of a text: as written, and normalized. */
export interface TextWord {
  /** The word as it stands in the text. */
  text: string;
  /** `normalizeText(text)`. */
  token: string;
}

// Letters, digits and combining marks; everything else separates words ("TwinSpace'i", "eTwinning-projekti").
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Words of a text with their normalized form, in text order. */
export function splitWords(text: string): TextWord[] {
  if (typeof text !== 'string') return [];
  const words: TextWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const token = normalizeText(match[0]);
    if (token) words.push({ text: match[0], token });
  }
  return words;
}

const NORMALIZED_WORD = /[\p{L}\p{N}]+/gu;

/** Normalized words of a text, in text order (`"Euroopa kvaliteedimärgi"` -> `['euroopa', 'kvaliteedimargi']`). */
export function tokenize(text: string): string[] {
  if (typeof text !== 'string') return [];
  return normalizeText(text).match(NORMALIZED_WORD) ?? [];
}

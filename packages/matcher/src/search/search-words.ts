import { normalizeText } from '../text/index.js';

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Normalized words of a text: runs of letters and digits (marks are gone after normalizing).
 * Normalizes the whole text once and scans it with an ASCII fast path; indexing thousands of bios
 * word by word, or with a Unicode-class regex, costs several times more.
 */
export function searchWords(text: string): string[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const normalized = normalizeText(text);
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < normalized.length; i++) {
    const code = normalized.charCodeAt(i);
    let width = 1;
    let inWord: boolean;
    if (code < 128) inWord = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
    else {
      const point = normalized.codePointAt(i)!;
      width = point > 0xffff ? 2 : 1;
      inWord = LETTER_OR_DIGIT.test(String.fromCodePoint(point));
    }
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(normalized.slice(start, i));
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) words.push(normalized.slice(start));
  return words;
}

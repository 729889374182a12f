import { searchWords } from './search-words.js';

export interface ParsedQuery {
  /** Distinct normalized words in query order. */
  words: string[];
  /** True while the last word is still being typed (no separator after it): match it as a prefix. */
  lastIsPrefix: boolean;
}

export interface ParseQueryOptions {
  maxQueryLength: number;
  maxQueryWords: number;
}

const ENDS_IN_WORD = /[\p{L}\p{N}\p{M}]$/u;

/** Splits a typed query into normalized words; anything but a string is an empty query. */
export function parseQuery(query: unknown, options: ParseQueryOptions): ParsedQuery {
  if (typeof query !== 'string' || query.length === 0) return { words: [], lastIsPrefix: false };
  const text = query.length > options.maxQueryLength ? query.slice(0, options.maxQueryLength) : query;
  const all = searchWords(text);
  const words = [...new Set(all)].slice(0, options.maxQueryWords);
  const last = all[all.length - 1];
  const lastIsPrefix = ENDS_IN_WORD.test(text) && last !== undefined && words[words.length - 1] === last;
  return { words, lastIsPrefix };
}

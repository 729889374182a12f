import type { MessageParams } from './pair-preview-translation.js';

/** `words` led by the cell's text in the locale's quotes, when the issue carries it (a CSV cell); long text is cut. */
export function aboutCell(params: MessageParams, words: string, [open, close]: readonly [string, string]): string {
  const value = params['value'];
  if (typeof value !== 'string' || value.trim() === '') return words;
  return `${open}${value.length > 40 ? `${value.slice(0, 39)}…` : value}${close} ${words}`;
}

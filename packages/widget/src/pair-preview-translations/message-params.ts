import type { MessageParams } from './pair-preview-translation.js';

/** A param as text; lists are joined with the locale's "and". */
export function text(params: MessageParams, key: string, locale: string): string {
  const value = params[key];
  if (Array.isArray(value)) return new Intl.ListFormat(locale, { type: 'conjunction' }).format(value.map(String));
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** A param as a number (0 when missing). */
export function count(params: MessageParams, key: string): number {
  const value = params[key];
  if (Array.isArray(value)) return value.length;
  const n = Number(value);
  return Number.isFinite(n) ? n : 0;
}

/** `words` led by the cell's text in the locale's quotes, when the issue carries it (a CSV cell); long text is cut. */
export function aboutCell(params: MessageParams, words: string, [open, close]: readonly [string, string]): string {
  const value = params['value'];
  if (typeof value !== 'string' || value.trim() === '') return words;
  return `${open}${value.length > 40 ? `${value.slice(0, 39)}…` : value}${close} ${words}`;
}

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

/** At most `max` ids of a list param, then `more(n)` for the rest. */
export function someIds(params: MessageParams, key: string, more: (n: number) => string, max = 5): string {
  const value = params[key];
  const ids = Array.isArray(value) ? value.map(String) : [];
  return ids.length > max ? `${ids.slice(0, max).join(', ')} ${more(ids.length - max)}` : ids.join(', ');
}

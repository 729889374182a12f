import { displayName } from './display-name.js';
import { VOCABULARY_LABELS } from './labels/index.js';
import { resolveLocale } from './resolve-locale.js';
import type { VocabularyKind } from './vocabulary-label-catalogue.js';

/** A supported locale's own catalogue holds the name; any other locale asks `Intl.DisplayNames`. */
function codeName(kind: 'language' | 'country', id: string, locale: string): string {
  if (typeof id !== 'string') return '';
  const code = kind === 'language' ? id.trim().toLowerCase() : id.trim().toUpperCase();
  const resolved = resolveLocale(locale);
  const own = resolved !== 'en' || locale.toLowerCase().split(/[-_]/)[0] === 'en';
  const names = VOCABULARY_LABELS[resolved][kind] as Readonly<Record<string, string>>;
  if (own && Object.hasOwn(names, code)) return names[code]!;
  return displayName(kind === 'language' ? 'language' : 'region', id, locale);
}

/**
 * The label of a vocabulary id in a locale (`vocabularyLabel('topic', 'twinspace', 'et-EE')`).
 * Unsupported locales fall back to English; unknown ids and kinds return the id.
 */
export function vocabularyLabel(kind: VocabularyKind, id: string, locale: string): string {
  if (kind === 'language' || kind === 'country') return codeName(kind, id, locale || 'en');
  const catalogue = VOCABULARY_LABELS[resolveLocale(locale)];
  const labels = Object.hasOwn(catalogue, kind) ? (catalogue[kind] as Readonly<Record<string, string>>) : undefined;
  return labels && typeof id === 'string' && Object.hasOwn(labels, id) ? labels[id]! : id;
}

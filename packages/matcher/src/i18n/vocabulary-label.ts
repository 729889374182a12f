import { displayName } from './display-name.js';
import { VOCABULARY_LABELS } from './labels/index.js';
import { resolveLocale } from './resolve-locale.js';
import type { VocabularyKind } from './vocabulary-label-catalogue.js';

/**
 * The label of a vocabulary id in a locale (`vocabularyLabel('topic', 'twinspace', 'et-EE')`).
 * Unsupported locales fall back to English; unknown ids and kinds return the id.
 */
export function vocabularyLabel(kind: VocabularyKind, id: string, locale: string): string {
  if (kind === 'language') return displayName('language', id, locale || 'en');
  if (kind === 'country') return displayName('region', id, locale || 'en');
  const catalogue = VOCABULARY_LABELS[resolveLocale(locale)];
  const labels = Object.hasOwn(catalogue, kind) ? (catalogue[kind] as Readonly<Record<string, string>>) : undefined;
  return labels && typeof id === 'string' && Object.hasOwn(labels, id) ? labels[id]! : id;
}

import { VOCABULARY_LABELS } from './labels/index.js';
import { resolveLocale } from './resolve-locale.js';
import type { VocabularyKind } from './vocabulary-label-catalogue.js';
import { codeName, vocabularyLabelIn } from './vocabulary-label-in.js';

/**
 * The label of a vocabulary id in a locale (`vocabularyLabel('topic', 'twinspace', 'et-EE')`).
 * Unsupported locales fall back to English; unknown ids and kinds return the id.
 */
export function vocabularyLabel(kind: VocabularyKind, id: string, locale: string): string {
  const resolved = resolveLocale(locale);
  const catalogue = VOCABULARY_LABELS[resolved];
  if (kind !== 'language' && kind !== 'country') return vocabularyLabelIn(catalogue, kind, id, locale);
  // English names serve an unsupported locale only for vocabularies, not for languages and countries.
  const own = resolved !== 'en' || (locale || 'en').toLowerCase().split(/[-_]/)[0] === 'en';
  return codeName(kind, id, locale || 'en', own ? (catalogue[kind] as Readonly<Record<string, string>>) : undefined);
}

import { SUPPORTED_LOCALES, type Locale } from './supported-locales.js';
import { vocabularyLabel } from './vocabulary-label.js';
import type { VocabularyKind } from './vocabulary-label-catalogue.js';

/** The label of a vocabulary id in every supported locale (search indexes them all). */
export function vocabularyLabels(kind: VocabularyKind, id: string): Record<Locale, string> {
  const labels = {} as Record<Locale, string>;
  for (const locale of SUPPORTED_LOCALES) labels[locale] = vocabularyLabel(kind, id, locale);
  return labels;
}

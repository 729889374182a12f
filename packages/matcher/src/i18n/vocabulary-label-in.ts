import { displayName } from './display-name.js';
import type { VocabularyKind, VocabularyLabelCatalogue } from './vocabulary-label-catalogue.js';

type Names = Readonly<Record<string, string>>;

/** `own` names the codes of the catalogue's locale; codes it lacks, and any other locale, ask `Intl.DisplayNames`. */
export function codeName(kind: 'language' | 'country', id: string, locale: string, own: Names | undefined): string {
  if (typeof id !== 'string') return '';
  const code = kind === 'language' ? id.trim().toLowerCase() : id.trim().toUpperCase();
  if (own && Object.hasOwn(own, code)) return own[code]!;
  return displayName(kind === 'language' ? 'language' : 'region', id, locale);
}

/**
 * The label of a vocabulary id from one locale's catalogue (`vocabularyLabelIn(ET_LABELS, 'topic',
 * 'twinspace', 'et')`), for code that loads only the catalogue of the language it shows (this module
 * holds no catalogue). `locale` is the catalogue's: languages and countries it does not name are
 * named in it by `Intl.DisplayNames`. Unknown ids and kinds return the id.
 */
export function vocabularyLabelIn(catalogue: VocabularyLabelCatalogue, kind: VocabularyKind, id: string, locale: string): string {
  if (kind === 'language' || kind === 'country') return codeName(kind, id, locale || 'en', catalogue[kind] as Names);
  const labels = Object.hasOwn(catalogue, kind) ? (catalogue[kind] as Names) : undefined;
  return labels && typeof id === 'string' && Object.hasOwn(labels, id) ? labels[id]! : id;
}

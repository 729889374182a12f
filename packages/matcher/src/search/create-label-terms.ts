import { vocabularyLabels } from '../i18n/index.js';
import { LABEL_SYNONYMS } from './label-synonyms.js';
import { searchWords } from './search-words.js';

export type LabelKind = 'topic' | 'subject' | 'schoolLevel' | 'role' | 'country';

/** Normalized words of a vocabulary id's labels in every locale, its everyday synonyms, and of the id itself. */
export type LabelTerms = (kind: LabelKind, id: string) => readonly string[];

/** A label lookup that tokenizes each (kind, id) once; labels repeat across thousands of mentors. */
export function createLabelTerms(): LabelTerms {
  const cache = new Map<string, readonly string[]>();
  return (kind, id) => {
    const key = `${kind}\u0000${id}`;
    let terms = cache.get(key);
    if (!terms) {
      terms = Object.freeze(distinct([...searchWords(id), ...labelsOf(kind, id).flatMap(searchWords), ...synonymsOf(kind, id).flatMap(searchWords)]));
      cache.set(key, terms);
    }
    return terms;
  };
}

function labelsOf(kind: LabelKind, id: string): string[] {
  try {
    return Object.values(vocabularyLabels(kind, id)).filter((label): label is string => typeof label === 'string');
  } catch {
    // An id the catalogue cannot name is still searchable by its own words.
    return [];
  }
}

function synonymsOf(kind: LabelKind, id: string): readonly string[] {
  const byId = LABEL_SYNONYMS[kind];
  return byId && Object.hasOwn(byId, id) ? byId[id]! : [];
}

function distinct(words: string[]): string[] {
  return [...new Set(words)];
}

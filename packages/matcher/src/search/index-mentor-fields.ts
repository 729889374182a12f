import type { AddWords } from './build-inverted-index.js';
import type { LabelKind, LabelTerms } from './create-label-terms.js';
import { searchWords } from './search-words.js';
import { stringList } from './string-list.js';
import type { SearchFieldWeights } from './types.js';

/**
 * Hands the words of every searchable field of a mentor to the index with that field's weight.
 * Reads defensively: a missing or mistyped field contributes nothing.
 */
export function indexMentorFields(
  record: Readonly<Record<string, unknown>>,
  weights: Readonly<SearchFieldWeights>,
  labelTerms: LabelTerms,
  add: AddWords,
): void {
  const addLabels = (kind: LabelKind, ids: readonly string[], weight: number): void => {
    for (const id of ids) add(labelTerms(kind, id), weight);
  };
  add(searchWords(asString(record.displayName)), weights.displayName);
  add(searchWords(asString(record.region)), weights.region);
  add(searchWords(asString(asRecord(record.availability).inPersonArea)), weights.region);
  for (const text of localizedTexts(record.bio)) add(searchWords(text), weights.bio);
  addLabels('topic', stringList(record.topics), weights.topics);
  addLabels('subject', stringList(record.subjects), weights.subjects);
  addLabels('schoolLevel', stringList(record.schoolLevels), weights.schoolLevels);
  addLabels('role', stringList(record.role), weights.role);
  addLabels('country', stringList(record.country), weights.country);
}

function asRecord(value: unknown): Readonly<Record<string, unknown>> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function asString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function localizedTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.values(value).filter((text): text is string => typeof text === 'string');
}

import type { MeetingMode, Role, SchoolLevel } from '../model/shared.js';
import type { KeyCompetence } from '../vocabulary/key-competences.js';
import type { Subject } from '../vocabulary/subjects.js';
import type { CareerTopic, EtwinningTopic } from '../vocabulary/topics.js';
import type { NamedCountry, NamedLanguage } from './named-codes.js';

/**
 * Kinds of vocabulary with labels. `language` and `country` take any ISO code: the catalogues name
 * the programmes' own (NAMED_LANGUAGES, NAMED_COUNTRIES), `Intl.DisplayNames` the rest.
 */
export const VOCABULARY_KINDS = [
  'topic',
  'subject',
  'schoolLevel',
  'role',
  'meetingMode',
  'keyCompetence',
  'language',
  'country',
] as const;
/** Which vocabulary an id belongs to, for vocabularyLabel. */
export type VocabularyKind = (typeof VOCABULARY_KINDS)[number];

/** Labels of one locale for every id of the built-in vocabularies. */
export interface VocabularyLabelCatalogue {
  topic: Readonly<Record<EtwinningTopic | CareerTopic, string>>;
  subject: Readonly<Record<Subject, string>>;
  schoolLevel: Readonly<Record<SchoolLevel, string>>;
  role: Readonly<Record<Role, string>>;
  meetingMode: Readonly<Record<MeetingMode, string>>;
  keyCompetence: Readonly<Record<KeyCompetence, string>>;
  language: Readonly<Record<NamedLanguage, string>>;
  country: Readonly<Record<NamedCountry, string>>;
}

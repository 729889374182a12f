import { describe, expect, it } from 'vitest';
import { MEETING_MODES, ROLES, SCHOOL_LEVELS } from '../model/shared.js';
import { KEY_COMPETENCES } from '../vocabulary/key-competences.js';
import { SUBJECTS } from '../vocabulary/subjects.js';
import { CAREER_TOPICS, ETWINNING_TOPICS } from '../vocabulary/topics.js';
import { VOCABULARY_LABELS } from './labels/index.js';
import { NAMED_COUNTRIES, NAMED_LANGUAGES } from './named-codes.js';
import { SUPPORTED_LOCALES } from './supported-locales.js';
import { EN_LABELS } from './labels/en.js';
import { ET_LABELS } from './labels/et.js';
import { FI_LABELS } from './labels/fi.js';
import { LT_LABELS } from './labels/lt.js';
import { LV_LABELS } from './labels/lv.js';
import { vocabularyLabel } from './vocabulary-label.js';
import { vocabularyLabelIn } from './vocabulary-label-in.js';

const IDS = {
  topic: [...ETWINNING_TOPICS, ...CAREER_TOPICS],
  subject: SUBJECTS,
  schoolLevel: SCHOOL_LEVELS,
  role: ROLES,
  meetingMode: MEETING_MODES,
  keyCompetence: KEY_COMPETENCES,
} as const;

describe('vocabularyLabel', () => {
  it('has a non-empty label for every id of every kind in every locale', () => {
    for (const [kind, ids] of Object.entries(IDS)) {
      for (const locale of SUPPORTED_LOCALES) {
        for (const id of ids) {
          const label = vocabularyLabel(kind as keyof typeof IDS, id, locale);
          expect(label.trim(), `${kind} ${id} ${locale}`).not.toBe('');
          expect(label, `${kind} ${id} ${locale}`).not.toBe(id);
        }
      }
    }
  });

  it('translates: most labels differ from English', () => {
    for (const locale of SUPPORTED_LOCALES.filter((l) => l !== 'en')) {
      const ids = IDS.topic;
      const same = ids.filter((id) => vocabularyLabel('topic', id, locale) === vocabularyLabel('topic', id, 'en'));
      expect(same, locale).toEqual(['twinspace']);
    }
  });

  it('resolves the locale and falls back to English', () => {
    expect(vocabularyLabel('topic', 'national-quality-label', 'et-EE')).toBe('Riiklik kvaliteedimärk');
    expect(vocabularyLabel('topic', 'national-quality-label', 'lt')).toBe('Nacionalinis kokybės ženklelis');
    expect(vocabularyLabel('meetingMode', 'video', 'de')).toBe('Video call');
    expect(vocabularyLabel('role', 'teacher', '')).toBe('Teacher');
  });

  it('returns the id for unknown ids and kinds', () => {
    expect(vocabularyLabel('topic', 'robot-league', 'fi')).toBe('robot-league');
    expect(vocabularyLabel('subject', 'toString', 'en')).toBe('toString');
    expect(vocabularyLabel('nope' as never, 'art', 'en')).toBe('art');
  });

  it('names every programme language and country in every catalogue, each name once', () => {
    for (const locale of SUPPORTED_LOCALES) {
      for (const [kind, codes] of [['language', NAMED_LANGUAGES], ['country', NAMED_COUNTRIES]] as const) {
        const names = VOCABULARY_LABELS[locale][kind] as Readonly<Record<string, string>>;
        expect(Object.keys(names).sort(), `${locale} ${kind}`).toEqual([...codes].sort());
        for (const code of codes) expect(names[code]!.trim().length, `${locale} ${kind} ${code}`).toBeGreaterThan(code.length);
        expect(new Set(Object.values(names)).size, `${locale} ${kind}`).toBe(codes.length);
      }
    }
  });

  it('takes programme names from the catalogue and other codes or locales from Intl.DisplayNames', () => {
    expect(vocabularyLabel('language', 'uk', 'lt')).toBe(VOCABULARY_LABELS.lt.language.uk);
    expect(vocabularyLabel('country', ' ee ', 'fi-FI')).toBe(VOCABULARY_LABELS.fi.country.EE);
    expect(vocabularyLabel('language', 'ja', 'en')).toBe('Japanese');
    expect(vocabularyLabel('country', 'JP', 'et')).toBe('Jaapan');
    expect(vocabularyLabel('language', 'et', 'de')).toBe('Estnisch');
  });

  it('names languages and countries in the locale', () => {
    expect(vocabularyLabel('language', 'et', 'en')).toBe('Estonian');
    expect(vocabularyLabel('language', 'fi', 'fi')).toBe('suomi');
    expect(vocabularyLabel('country', 'EE', 'et')).toBe('Eesti');
    expect(vocabularyLabel('country', 'gr', 'en')).toBe('Greece');
    expect(vocabularyLabel('country', 'UA', 'lv')).toBe('Ukraina');
  });

  it('falls back to English names, then to the code', () => {
    expect(vocabularyLabel('language', 'lt', 'not a locale!')).toBe('Lithuanian');
    expect(vocabularyLabel('country', 'XQ', 'en')).toBe('XQ');
    expect(vocabularyLabel('country', 'E1', 'en')).toBe('E1');
    expect(vocabularyLabel('language', '', 'en')).toBe('');
  });
});

describe('vocabularyLabelIn', () => {
  const CATALOGUES = { en: EN_LABELS, et: ET_LABELS, fi: FI_LABELS, lt: LT_LABELS, lv: LV_LABELS } as const;

  it('gives what vocabularyLabel gives for the catalogue’s own locale, for every id of every kind', () => {
    const kinds = { ...IDS, language: [...NAMED_LANGUAGES, 'ja', 'xx'], country: [...NAMED_COUNTRIES, 'JP', 'XQ'] };
    for (const locale of SUPPORTED_LOCALES) {
      expect(CATALOGUES[locale]).toBe(VOCABULARY_LABELS[locale]);
      for (const [kind, ids] of Object.entries(kinds)) {
        for (const id of ids) {
          const label = vocabularyLabelIn(CATALOGUES[locale], kind as keyof typeof kinds, id, locale);
          expect(label, `${kind} ${id} ${locale}`).toBe(vocabularyLabel(kind as keyof typeof kinds, id, locale));
        }
      }
    }
  });

  it('takes labels and names from the catalogue it is given', () => {
    expect(vocabularyLabelIn(LT_LABELS, 'topic', 'national-quality-label', 'lt')).toBe('Nacionalinis kokybės ženklelis');
    expect(vocabularyLabelIn(ET_LABELS, 'country', 'EE', 'et')).toBe('Eesti');
    expect(vocabularyLabelIn(FI_LABELS, 'language', 'fi', 'fi')).toBe('suomi');
    expect(vocabularyLabelIn(EN_LABELS, 'meetingMode', 'video', 'en')).toBe('Video call');
  });

  it('names codes the catalogue lacks in its locale, and returns unknown ids', () => {
    expect(vocabularyLabelIn(ET_LABELS, 'country', 'JP', 'et')).toBe('Jaapan');
    expect(vocabularyLabelIn(ET_LABELS, 'language', ' UK ', 'et')).toBe(ET_LABELS.language.uk);
    expect(vocabularyLabelIn(FI_LABELS, 'topic', 'robot-league', 'fi')).toBe('robot-league');
    expect(vocabularyLabelIn(FI_LABELS, 'nope' as never, 'art', 'fi')).toBe('art');
  });
});

import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from './supported-locales.js';
import { vocabularyLabels } from './vocabulary-labels.js';

describe('vocabularyLabels', () => {
  it('gives the label in every supported locale', () => {
    const labels = vocabularyLabels('topic', 'partner-finding');
    expect(Object.keys(labels)).toEqual([...SUPPORTED_LOCALES]);
    expect(labels).toEqual({
      en: 'Finding partners',
      et: 'Partnerite leidmine',
      fi: 'Kumppanin löytäminen',
      lt: 'Partnerių paieška',
      lv: 'Partneru meklēšana',
    });
  });

  it('names a language in every locale', () => {
    const labels = vocabularyLabels('language', 'en');
    expect(labels.en).toBe('English');
    expect(labels.et).toBe('inglise');
    for (const locale of SUPPORTED_LOCALES) expect(labels[locale]).not.toBe('en');
  });
});

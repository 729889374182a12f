// @ts-check
import { describe, expect, it } from 'vitest';
import { CATALOGUES, MAIL_LANGUAGES, pickLanguage, translate } from './index.js';

/** @param {string} text */
const placeholders = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('mail catalogues', () => {
  const englishKeys = Object.keys(CATALOGUES.en).sort();

  it.each(MAIL_LANGUAGES)('%s has every key, no other key, and the same placeholders', (lang) => {
    const catalogue = CATALOGUES[lang];
    expect(Object.keys(catalogue).sort()).toEqual(englishKeys);
    for (const key of englishKeys) {
      expect(catalogue[key]?.trim(), `${lang} ${key}`).not.toBe('');
      expect(placeholders(/** @type {string} */ (catalogue[key])), `${lang} ${key}`).toEqual(placeholders(/** @type {string} */ (CATALOGUES.en[key])));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('et', 'mail.greeting', { name: 'Kadri T.' })).toBe('Tere, Kadri T.!');
    expect(translate('en', 'mail.greeting')).toBe('Hello {name},');
  });

  it('does not read placeholders inside inserted values', () => {
    expect(translate('en', 'request.intro', { name: '{programme}', programme: 'P' })).toBe('{programme} would like to contact you as a mentor in “P”.');
  });

  it('picks the first supported language, by base code, else English', () => {
    expect(pickLanguage(['ru', 'lv-LV', 'et'])).toBe('lv');
    expect(pickLanguage([undefined, 'FI'])).toBe('fi');
    expect(pickLanguage(['de', null])).toBe('en');
  });
});

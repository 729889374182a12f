// @ts-check
import { describe, expect, it } from 'vitest';
import { WORKSPACE_MESSAGES } from '../coordinator/workspace-messages.js';
import { REGISTRATION_MESSAGES, registrationText } from './registration-messages.js';

describe('registration catalogues', () => {
  it('every language has every key, non-empty, with the same placeholders as English', () => {
    const keys = Object.keys(REGISTRATION_MESSAGES.en).sort();
    const placeholders = (/** @type {string} */ text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [lang, catalogue] of Object.entries(REGISTRATION_MESSAGES)) {
      expect(Object.keys(catalogue).sort(), lang).toEqual(keys);
      for (const key of keys) {
        const text = /** @type {Record<string, string>} */ (catalogue)[key] ?? '';
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(/** @type {Record<string, string>} */ (REGISTRATION_MESSAGES.en)[key] ?? ''));
        // Only English may read as English: a copied string would show here.
        if (lang !== 'en' && !/^\{?\w*\}?$/.test(text)) expect(text, `${lang} ${key}`).not.toBe(/** @type {Record<string, string>} */ (REGISTRATION_MESSAGES.en)[key]);
      }
    }
    expect(Object.keys(REGISTRATION_MESSAGES).sort()).toEqual(['en', 'et', 'fi', 'lt', 'lv']);
  });

  it('fills placeholders and falls back to English for an unknown language', () => {
    expect(registrationText('lv', 'pair.mentee', { mentor: 'Kadri T.', email: 'k@example.org', programme: 'X' })).toContain('Kadri T.');
    expect(registrationText('xx', 'page.confirm.button')).toBe('Confirm');
  });

  it('the workspace sign-in catalogue has every English key in each language it offers', () => {
    const keys = Object.keys(WORKSPACE_MESSAGES.en).sort();
    for (const [lang, catalogue] of Object.entries(WORKSPACE_MESSAGES)) expect(Object.keys(catalogue).sort(), lang).toEqual(keys);
  });
});

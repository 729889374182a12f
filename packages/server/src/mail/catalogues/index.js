// @ts-check
import { fillPlaceholders } from '../../app/fill-placeholders.js';
import en from './en.js';
import et from './et.js';
import fi from './fi.js';
import lt from './lt.js';
import lv from './lv.js';

/** @typedef {'en' | 'et' | 'fi' | 'lt' | 'lv'} MailLanguage */
/** @typedef {keyof typeof en} MessageKey */

/** Languages mails and answer pages are written in; English is the fallback. */
export const MAIL_LANGUAGES = /** @type {readonly MailLanguage[]} */ (Object.freeze(['en', 'et', 'fi', 'lt', 'lv']));

/** @type {Readonly<Record<MailLanguage, Readonly<Record<string, string>>>>} */
export const CATALOGUES = Object.freeze({ en, et, fi, lt, lv });

/**
 * The first of `candidates` that mails are written in (`et-EE` counts as `et`), else English.
 * @param {readonly (string | null | undefined)[]} candidates
 * @returns {MailLanguage}
 */
export function pickLanguage(candidates) {
  for (const candidate of candidates) {
    if (typeof candidate !== 'string') continue;
    const base = candidate.trim().toLowerCase().split(/[-_]/)[0];
    if (MAIL_LANGUAGES.includes(/** @type {MailLanguage} */ (base))) return /** @type {MailLanguage} */ (base);
  }
  return 'en';
}

/**
 * The words for `key` in `lang` with `{name}` placeholders filled in. Values are inserted as
 * given: callers escape for HTML after, never before.
 * @param {MailLanguage} lang
 * @param {MessageKey} key
 * @param {Record<string, string | number>} [params]
 */
export function translate(lang, key, params = {}) {
  const template = CATALOGUES[lang]?.[key] ?? en[key] ?? key;
  return fillPlaceholders(template, params);
}

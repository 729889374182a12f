import { findLang } from '../../../utilities/localize.js';
import { en } from './en.js';
import { et } from './et.js';
import { fi } from './fi.js';
import { lt } from './lt.js';
import { lv } from './lv.js';
import type { RegistrationTranslation } from './registration-translation.js';

export type * from './registration-translation.js';

/** Every catalogue of the registration form; the form is loaded on demand, so all five ride with it. */
export const REGISTRATION_TRANSLATIONS: Readonly<Record<string, RegistrationTranslation>> = Object.freeze({ en, et, fi, lt, lv });

/** Exact tag, then its language (`et-EE` -> `et`), then English: the finder's lookup. */
export function resolveRegistrationTranslation(lang: string): RegistrationTranslation {
  const tag = lang.trim().toLowerCase();
  return REGISTRATION_TRANSLATIONS[tag] ?? REGISTRATION_TRANSLATIONS[tag.split(/[-_]/)[0] ?? ''] ?? en;
}

/** The strings for an element: its own `lang`, the closest `[lang]`, `<html lang>`, English. */
export function registrationStrings(host: HTMLElement): RegistrationTranslation {
  return resolveRegistrationTranslation(host.lang || findLang(host));
}

import type { CountryCode, LanguageCode } from '../model/shared.js';

/**
 * Languages whose names ship in the label catalogues: the EU's official languages and the other
 * languages of eTwinning countries (domain model 1.3). Other codes are named by `Intl.DisplayNames`,
 * whose first use in a page costs tens of milliseconds while the browser loads its name data.
 */
export const NAMED_LANGUAGES = Object.freeze([
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
  'is', 'no', 'nb', 'nn', 'mk', 'sr', 'sq', 'bs', 'tr', 'uk', 'ru', 'hy', 'az', 'ka', 'ar', 'lb',
] as const satisfies readonly LanguageCode[]);
export type NamedLanguage = (typeof NAMED_LANGUAGES)[number];

/** Countries whose names ship in the label catalogues: the 43 eTwinning countries (domain model 1.2). */
export const NAMED_COUNTRIES = Object.freeze([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  'IS', 'LI', 'NO', 'MK', 'RS', 'TR', 'AL', 'BA', 'AM', 'AZ', 'GE', 'MD', 'UA', 'TN', 'JO', 'LB',
] as const satisfies readonly CountryCode[]);
export type NamedCountry = (typeof NAMED_COUNTRIES)[number];

import { resolveLocale, type Locale } from '../../i18n/index.js';
import { en } from './en.js';
import { et } from './et.js';
import { fi } from './fi.js';
import { lt } from './lt.js';
import { lv } from './lv.js';
import type { ReportTranslation } from './report-translation.js';

export type { InputIssuePlace, ReportTranslation } from './report-translation.js';

/** The pairs report's words in every supported locale. */
export const REPORT_TRANSLATIONS: Readonly<Record<Locale, ReportTranslation>> = Object.freeze({ en, et, fi, lt, lv });

/** The report catalogue for a BCP 47 tag (`et-EE` -> `et`, unknown -> English). */
export function reportTranslation(locale: string): ReportTranslation {
  return REPORT_TRANSLATIONS[resolveLocale(locale)];
}

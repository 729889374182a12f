import { resolveLocale } from '../i18n/index.js';
import type { FitLabel } from '../scoring/fit-label.js';
import { REASON_TRANSLATIONS } from './messages/index.js';

/** A fit label (`result.fit`, `fitLabel`) in words, in one of the five locales (fallback English). */
export function formatFit(fit: FitLabel, locale: string): string {
  const translation = REASON_TRANSLATIONS[resolveLocale(locale)];
  return translation.fit[fit] ?? translation.fit.unknown;
}

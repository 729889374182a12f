import { FALLBACK_LOCALE } from '../utilities/localize.js';
import { en } from './en.js';
import { et } from './et.js';
import { fi } from './fi.js';
import { lt } from './lt.js';
import { lv } from './lv.js';
import type { PairPreviewTranslation } from './pair-preview-translation.js';

export const PAIR_PREVIEW_TRANSLATIONS: Readonly<Record<string, PairPreviewTranslation>> = Object.freeze({ en, et, fi, lt, lv });

/** The same lookup as the finder's: exact tag, then its language (`et-EE` -> `et`), then English. */
export function resolvePairPreviewTranslation(lang: string): PairPreviewTranslation {
  const tag = lang.trim().toLowerCase();
  return PAIR_PREVIEW_TRANSLATIONS[tag] ?? PAIR_PREVIEW_TRANSLATIONS[tag.split(/[-_]/)[0] ?? ''] ?? PAIR_PREVIEW_TRANSLATIONS[FALLBACK_LOCALE] ?? en;
}

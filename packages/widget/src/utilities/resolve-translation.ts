import { en } from '../translations/en.js';
import { et } from '../translations/et.js';
import { fi } from '../translations/fi.js';
import { lt } from '../translations/lt.js';
import { lv } from '../translations/lv.js';
import type { Translation } from '../translations/translation.js';

/** Every catalogue, for code that wants them all at once (the elements load theirs on demand). */
export const TRANSLATIONS: Readonly<Record<string, Translation>> = Object.freeze({ en, et, fi, lt, lv });

/** Picks the catalogue for a BCP 47 tag: exact, then its language (`et-EE` -> `et`), then English. */
export function resolveTranslation(lang: string): Translation {
  const tag = lang.trim().toLowerCase();
  return TRANSLATIONS[tag] ?? TRANSLATIONS[tag.split(/[-_]/)[0] ?? ''] ?? en;
}

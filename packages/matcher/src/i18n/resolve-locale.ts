import { SUPPORTED_LOCALES, type Locale } from './supported-locales.js';

function isLocale(tag: string): tag is Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(tag);
}

/**
 * The supported locale for a BCP 47 tag: the tag itself, else its language (`et-EE` -> `et`),
 * else English (`de` -> `en`). Never throws.
 */
export function resolveLocale(input: string | null | undefined): Locale {
  if (typeof input !== 'string') return 'en';
  const tag = input.trim().replace(/_/g, '-').toLowerCase();
  if (isLocale(tag)) return tag;
  const language = tag.split('-')[0] ?? '';
  return isLocale(language) ? language : 'en';
}

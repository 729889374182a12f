import type { LocalizedText } from '@mentor-finder/matcher';

export interface PickedText {
  text: string;
  /** Language of the text picked, for its `lang` attribute. */
  lang: string;
}

/** The text in `locale`, else English, else the first language given. */
export function pickLocalizedText(text: LocalizedText | undefined, locale: string): PickedText | undefined {
  if (!text) return undefined;
  for (const lang of [locale, 'en']) {
    const value = text[lang];
    if (value) return { text: value, lang };
  }
  const first = Object.entries(text).find(([, value]) => typeof value === 'string' && value !== '');
  return first ? { text: first[1], lang: first[0] } : undefined;
}

import { en } from '../translations/en.js';
import type { Translation } from '../translations/translation.js';

/**
 * Catalogues other than English, each imported when a page first asks for it; English is built in
 * as the fallback. In the CDN build each is a chunk beside the entry.
 */
const LOADERS: Readonly<Record<string, () => Promise<Translation>>> = Object.freeze({
  et: () => import('../translations/et.js').then((module) => module.et),
  fi: () => import('../translations/fi.js').then((module) => module.fi),
  lt: () => import('../translations/lt.js').then((module) => module.lt),
  lv: () => import('../translations/lv.js').then((module) => module.lv),
});

const loaded = new Map<string, Translation>([['en', en]]);
const loading = new Map<string, Promise<Translation>>();

/** The catalogue code for a BCP 47 tag: exact, then its language (`et-EE` -> `et`), else English. */
export function translationCode(lang: string): string {
  const tag = lang.trim().toLowerCase();
  if (tag === 'en' || LOADERS[tag]) return tag;
  const language = tag.split(/[-_]/)[0] ?? '';
  return LOADERS[language] ? language : 'en';
}

/** The catalogue for a code if it is already here. */
export function loadedTranslation(code: string): Translation | undefined {
  return loaded.get(code);
}

/** Loads a catalogue once; a failed load is tried again on the next call. */
export function loadTranslation(code: string): Promise<Translation> {
  const ready = loaded.get(code);
  if (ready) return Promise.resolve(ready);
  const load = LOADERS[code];
  if (!load) return Promise.resolve(en);
  let pending = loading.get(code);
  if (!pending) {
    pending = load().then(
      (translation) => {
        loaded.set(code, translation);
        loading.delete(code);
        return translation;
      },
      (cause: unknown) => {
        loading.delete(code);
        throw cause;
      },
    );
    loading.set(code, pending);
  }
  return pending;
}

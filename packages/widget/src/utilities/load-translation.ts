import { EN_LABELS, type VocabularyLabelCatalogue } from '@mentor-finder/matcher';
import { en } from '../translations/en.js';
import type { Translation } from '../translations/translation.js';
import { loadOnce, type Loader } from './load-once.js';

/** A language's UI strings and the labels of the vocabularies in it. */
interface Catalogues {
  strings: Translation;
  labels: VocabularyLabelCatalogue;
}

/**
 * Catalogues other than English, each imported once, when a page first asks for it; English is
 * built in as the fallback. In the CDN build each is a chunk beside the entry.
 */
const LOADERS: Readonly<Record<string, Loader<Catalogues>>> = Object.freeze({
  et: loadOnce(() => import('../translations/et.js').then((module) => ({ strings: module.et, labels: module.labels }))),
  fi: loadOnce(() => import('../translations/fi.js').then((module) => ({ strings: module.fi, labels: module.labels }))),
  lt: loadOnce(() => import('../translations/lt.js').then((module) => ({ strings: module.lt, labels: module.labels }))),
  lv: loadOnce(() => import('../translations/lv.js').then((module) => ({ strings: module.lv, labels: module.labels }))),
});

const ENGLISH: Catalogues = { strings: en, labels: EN_LABELS };

/** A code's catalogues if they are here. */
function loaded(code: string): Catalogues | undefined {
  return code === 'en' ? ENGLISH : LOADERS[code]?.loaded;
}

/** The catalogue code for a BCP 47 tag: exact, then its language (`et-EE` -> `et`), else English. */
export function translationCode(lang: string): string {
  const tag = lang.trim().toLowerCase();
  if (tag === 'en' || LOADERS[tag]) return tag;
  const language = tag.split(/[-_]/)[0] ?? '';
  return LOADERS[language] ? language : 'en';
}

/** The catalogue for a code if it is already here. */
export function loadedTranslation(code: string): Translation | undefined {
  return loaded(code)?.strings;
}

/** The vocabulary labels that came with a loaded catalogue; English ones before it is here. */
export function loadedLabels(code: string): VocabularyLabelCatalogue {
  return (loaded(code) ?? ENGLISH).labels;
}

/** Loads a catalogue once; a failed load is tried again on the next call. */
export function loadTranslation(code: string): Promise<Translation> {
  const ready = loaded(code);
  if (ready) return Promise.resolve(ready.strings);
  const load = LOADERS[code];
  if (!load) return Promise.resolve(en);
  return load().then((catalogues) => catalogues.strings);
}

import type { Locale } from '../supported-locales.js';
import type { VocabularyLabelCatalogue } from '../vocabulary-label-catalogue.js';
import { EN_LABELS } from './en.js';
import { ET_LABELS } from './et.js';
import { FI_LABELS } from './fi.js';
import { LT_LABELS } from './lt.js';
import { LV_LABELS } from './lv.js';

/** Label catalogues of the vocabularies, per supported locale. */
export const VOCABULARY_LABELS: Readonly<Record<Locale, VocabularyLabelCatalogue>> = Object.freeze({
  en: EN_LABELS,
  et: ET_LABELS,
  fi: FI_LABELS,
  lt: LT_LABELS,
  lv: LV_LABELS,
});

export type { DataSource, DelimiterName, MessageParams, PairColumn, PairPreviewTranslation } from './pair-preview-translation.js';
export { PAIR_PREVIEW_TRANSLATIONS, resolvePairPreviewTranslation } from './resolve-pair-preview-translation.js';
export { PairPreviewLocalizeController } from './pair-preview-localize-controller.js';

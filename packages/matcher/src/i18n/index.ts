export * from './supported-locales.js';
export * from './named-codes.js';
export * from './resolve-locale.js';
export * from './vocabulary-label-catalogue.js';
export * from './vocabulary-label.js';
export * from './vocabulary-labels.js';
export { VOCABULARY_LABELS } from './labels/index.js';

export * from './model/index.js';
export * from './vocabulary/index.js';
export * from './codes/index.js';
export * from './validation/index.js';
export * from './text/index.js';
export * from './topics/index.js';
export * from './i18n/index.js';
export * from './search/index.js';

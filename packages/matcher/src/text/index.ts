export * from './normalize-text.js';
export * from './tokenize.js';
export * from './bounded-edit-distance.js';
export * from './json-syntax-error.js';

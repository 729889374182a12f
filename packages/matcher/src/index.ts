export * from './model/index.js';
export * from './vocabulary/index.js';

export * from './country-codes.js';
export * from './language-codes.js';
export * from './normalize-country-code.js';

export type { Translation, ContactField, SendFailure } from './translation.js';
export { en } from './en.js';
export { et } from './et.js';
export { fi } from './fi.js';
export { lt } from './lt.js';
export { lv } from './lv.js';

export * from './error-codes.js';
export { DEFAULT_VALIDATE_LIST_OPTIONS, type ValidateListOptions } from './validate-list.js';
export * from './validate-mentors.js';
export * from './validate-public-mentors.js';
export * from './validate-mentees.js';
export * from './validate-contact-request.js';
export * from './validate-programme.js';
export * from './to-public-mentor.js';

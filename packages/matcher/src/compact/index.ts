export * from './compact-public-mentors.js';
export * from './to-compact-public-mentors.js';
export * from './from-compact-public-mentors.js';

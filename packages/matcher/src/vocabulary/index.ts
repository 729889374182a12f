export * from './topics.js';
export * from './subjects.js';
export * from './key-competences.js';

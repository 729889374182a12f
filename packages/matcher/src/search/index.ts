export * from './types.js';
export * from './create-mentor-search.js';
export { DEFAULT_MENTOR_SEARCH_OPTIONS, DEFAULT_SEARCH_WEIGHTS } from './default-search-options.js';
export { LABEL_SYNONYMS } from './label-synonyms.js';
export { nameSortKey } from './name-sort-key.js';

// @ts-check
// Where the examples find the shared sample data (synthetic people): ../shared/data beside the repository.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SAMPLE_DATA_DIR = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

/** @param {'mentors' | 'mentees' | 'programmes'} name @returns {any} */
export function loadSample(name) {
  return JSON.parse(readFileSync(`${SAMPLE_DATA_DIR}${name}.json`, 'utf8'));
}

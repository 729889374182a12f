// Loads the shared sample data (synthetic people) for cross-package tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SHARED_DATA_DIR = fileURLToPath(new URL('../../shared/data/', import.meta.url));

export function loadSample<T = unknown>(name: 'mentors' | 'mentees' | 'programmes'): T {
  return JSON.parse(readFileSync(`${SHARED_DATA_DIR}${name}.json`, 'utf8')) as T;
}

import { COHORT_STRATEGIES, type SuggestInput, type SuggestOptions } from './suggestion.js';

const isRecord = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { id?: unknown }).id === 'string';

function checkList(list: unknown, field: 'mentors' | 'mentees'): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) throw new TypeError(`suggestPairs: input.${field} must be an array of ${field.slice(0, -1)} records, got ${list === null ? 'null' : typeof list}`);
  const bad = list.findIndex((item) => !isRecord(item));
  if (bad >= 0) throw new TypeError(`suggestPairs: input.${field}[${bad}] is not a ${field.slice(0, -1)} record with an id; validate the list first (validate${field[0]!.toUpperCase()}${field.slice(1)})`);
}

/**
 * Throws a TypeError or RangeError naming the argument that suggestPairs cannot work with. Records
 * are expected validated (validateMentors, validateMentees); this catches what is not a list of
 * records at all, and options out of range, which would otherwise fail deep inside or pass silently.
 */
export function checkSuggestArguments(input: SuggestInput, options: SuggestOptions): void {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new TypeError(`suggestPairs: input must be an object { mentors, mentees, programme?, pins?, exclusions?, existingPairs? }, got ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input}`);
  }
  checkList(input.mentors, 'mentors');
  checkList(input.mentees, 'mentees');
  if (typeof options !== 'object' || options === null) throw new TypeError('suggestPairs: options must be an object');
  const { strategy, alternatives } = options;
  if (strategy !== undefined && !(COHORT_STRATEGIES as readonly unknown[]).includes(strategy)) {
    throw new RangeError(`suggestPairs: options.strategy must be one of ${COHORT_STRATEGIES.join(', ')}, got ${JSON.stringify(strategy)}`);
  }
  if (alternatives !== undefined && !(Number.isInteger(alternatives) && alternatives >= 0)) {
    throw new RangeError(`suggestPairs: options.alternatives must be a whole number from 0, got ${JSON.stringify(alternatives)}`);
  }
}

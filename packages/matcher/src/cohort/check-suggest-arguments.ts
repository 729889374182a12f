import { DUPLICATE_KEEP } from './choose-duplicate-mentees.js';
import { COHORT_STRATEGIES, type SuggestInput, type SuggestOptions } from './suggestion.js';

const REF_LISTS = ['pins', 'exclusions', 'existingPairs'] as const;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isRecord = (value: unknown): boolean => isObject(value) && typeof value['id'] === 'string';
const kindOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);
// JSON.stringify turns NaN and Infinity into null, which would name the wrong value.
const shown = (value: unknown): string => (typeof value === 'number' ? String(value) : JSON.stringify(value) ?? String(value));

function checkList(list: unknown, field: 'mentors' | 'mentees'): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) throw new TypeError(`suggestPairs: input.${field} must be an array of ${field.slice(0, -1)} records, got ${kindOf(list)}`);
  const bad = list.findIndex((item) => !isRecord(item));
  if (bad >= 0) throw new TypeError(`suggestPairs: input.${field}[${bad}] is not a ${field.slice(0, -1)} record with an id; validate the list first (validate${field[0]!.toUpperCase()}${field.slice(1)})`);
}

/** The input beyond the people: lists that are not arrays, and a programme that is not one record, fail quietly later. */
function checkInputShape(input: Record<string, unknown>): void {
  // Absent, undefined and null lists are empty, as they always were.
  for (const list of REF_LISTS) {
    if (input[list] != null && !Array.isArray(input[list])) throw new TypeError(`suggestPairs: input.${list} must be an array of { menteeId, mentorId }, got ${kindOf(input[list])}`);
  }
  const { programme } = input;
  if (programme != null && !isRecord(programme)) {
    const hint = Array.isArray(programme) ? '; for several programmes, call suggestPairs once per programme with its people' : '';
    throw new TypeError(`suggestPairs: input.programme must be one programme record with an id, got ${kindOf(programme)}${hint}`);
  }
}

function checkOptions(options: SuggestOptions): void {
  if (typeof options !== 'object' || options === null) throw new TypeError('suggestPairs: options must be an object');
  const { strategy, alternatives, duplicates } = options;
  if (strategy !== undefined && !(COHORT_STRATEGIES as readonly unknown[]).includes(strategy)) {
    throw new RangeError(`suggestPairs: options.strategy must be one of ${COHORT_STRATEGIES.join(', ')}, got ${shown(strategy)}`);
  }
  if (alternatives !== undefined && !(Number.isInteger(alternatives) && alternatives >= 0)) {
    throw new RangeError(`suggestPairs: options.alternatives must be a whole number from 0, got ${shown(alternatives)}`);
  }
  if (duplicates === undefined) return;
  if (!isObject(duplicates)) throw new TypeError(`suggestPairs: options.duplicates must be an object { keep?, chosen? }, got ${kindOf(duplicates)}`);
  if (duplicates.keep !== undefined && !(DUPLICATE_KEEP as readonly unknown[]).includes(duplicates.keep)) {
    throw new RangeError(`suggestPairs: options.duplicates.keep must be one of ${DUPLICATE_KEEP.join(', ')}, got ${shown(duplicates.keep)}`);
  }
  if (duplicates.chosen !== undefined && !(Array.isArray(duplicates.chosen) && duplicates.chosen.every((id) => typeof id === 'string'))) {
    throw new TypeError('suggestPairs: options.duplicates.chosen must be an array of mentee ids');
  }
}

/**
 * Throws a TypeError or RangeError naming the argument that suggestPairs cannot work with. Records
 * are expected validated (validateMentors, validateMentees); this catches what is not a list of
 * records at all, and options out of range, which would otherwise fail deep inside or pass silently.
 */
export function checkSuggestArguments(input: SuggestInput, options: SuggestOptions): void {
  if (!isObject(input)) {
    throw new TypeError(`suggestPairs: input must be an object { mentors, mentees, programme?, pins?, exclusions?, existingPairs? }, got ${kindOf(input)}`);
  }
  checkList(input.mentors, 'mentors');
  checkList(input.mentees, 'mentees');
  checkInputShape(input as unknown as Record<string, unknown>);
  checkOptions(options);
}

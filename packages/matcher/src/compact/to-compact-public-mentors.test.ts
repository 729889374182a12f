import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import type { Mentor, PublicMentor } from '../model/index.js';
import { toPublicMentors } from '../validation/to-public-mentor.js';
import { COMPACT_PUBLIC_MENTORS_FORMAT } from './compact-public-mentors.js';
import { CompactFormatError, fromCompactPublicMentors, isCompactPublicMentors } from './from-compact-public-mentors.js';
import { toCompactPublicMentors } from './to-compact-public-mentors.js';

const sample = (): PublicMentor[] => toPublicMentors(loadSample<Mentor[]>('mentors'));
const json = fc.jsonValue() as fc.Arbitrary<unknown>;
const field = fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 4 }), json);
// Records of any fields (known and unknown), some fields present in only some records.
const records = fc.array(fc.dictionary(fc.constantFrom('id', 'displayName', 'topics', 'bio', 'takesRequests', 'x', 'y'), field), { maxLength: 12 });

describe('toCompactPublicMentors', () => {
  it('gives back the sample mentors and stores each field name once', () => {
    const mentors = sample();
    const compact = toCompactPublicMentors(mentors);
    expect(compact.format).toBe(COMPACT_PUBLIC_MENTORS_FORMAT);
    expect(fromCompactPublicMentors(JSON.parse(JSON.stringify(compact)))).toEqual(mentors);
    expect(JSON.stringify(compact).match(/"displayName"/g)).toHaveLength(1);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(mentors).length * 0.8);
  });

  it('keeps fields it does not know', () => {
    const mentors = sample().map((mentor, i) => ({ ...mentor, takesRequests: i % 2 === 0, usuallyAnswersWithinDays: i }));
    expect(fromCompactPublicMentors(toCompactPublicMentors(mentors))).toEqual(mentors);
  });

  // Both travel as JSON files, so the expanded compact file must equal the plain file as read back
  // (JSON has no -0: a generated -0 arrives as 0 either way).
  test.prop([records])('compact -> expanded equals the input, as JSON', (input) => {
    const copy = structuredClone(input);
    const compact = JSON.parse(JSON.stringify(toCompactPublicMentors(input as unknown as PublicMentor[])));
    expect(fromCompactPublicMentors(compact)).toEqual(JSON.parse(JSON.stringify(input)));
    expect(input).toEqual(copy);
  });
});

describe('fromCompactPublicMentors', () => {
  const good = (): ReturnType<typeof toCompactPublicMentors> => toCompactPublicMentors(sample().slice(0, 3));

  it('recognises the format by its name only', () => {
    expect(isCompactPublicMentors(good())).toBe(true);
    expect(isCompactPublicMentors([])).toBe(false);
    expect(isCompactPublicMentors({ format: 'mentor-finder/compact@2' })).toBe(false);
  });

  it.each([
    ['/format', () => ({ ...good(), format: 'other' })],
    ['/count', () => ({ ...good(), count: -1 })],
    ['/strings', () => ({ ...good(), strings: [1] })],
    ['/columns/0/values', () => ({ ...good(), count: 4 })],
    ['/columns/0/values/0', () => ({ ...good(), strings: [] })],
    ['/columns/0/type', () => ({ ...good(), columns: [{ ...good().columns[0], type: 'xml' }] })],
    ['/columns/0/missing', () => ({ ...good(), columns: [{ ...good().columns[0], missing: [2, 1] }] })],
  ])('names the broken part (%s)', (path, make) => {
    const attempt = (): unknown => fromCompactPublicMentors(make());
    expect(attempt).toThrow(CompactFormatError);
    expect(attempt).toThrow(new RegExp(`^${path}:`));
  });
});

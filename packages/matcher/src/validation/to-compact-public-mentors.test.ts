import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Mentor } from '../model/mentor.js';
import { isCompactPublicMentors } from './compact-public-mentors.js';
import { fromCompactPublicMentors } from './from-compact-public-mentors.js';
import { toCompactPublicMentors } from './to-compact-public-mentors.js';
import { toPublicMentors } from './to-public-mentor.js';
import { validatePublicMentors } from './validate-public-mentors.js';

const mentors = JSON.parse(readFileSync(new URL('../../../../../shared/data/mentors.json', import.meta.url), 'utf8')) as Mentor[];
const publicMentors = toPublicMentors(mentors);

describe('toCompactPublicMentors / fromCompactPublicMentors', () => {
  it('round-trips the public list exactly and validates the same', () => {
    const compact = toCompactPublicMentors(publicMentors);
    expect(isCompactPublicMentors(compact)).toBe(true);
    const back = fromCompactPublicMentors(JSON.parse(JSON.stringify(compact)));
    expect(back).toEqual(publicMentors);
    expect(validatePublicMentors(back).valid).toEqual(validatePublicMentors(publicMentors).valid);
  });

  it('is smaller than the plain list and names each field once', () => {
    const compact = toCompactPublicMentors(publicMentors);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(publicMentors).length);
    expect(new Set(compact.fields).size).toBe(compact.fields.length);
    expect(compact.rows).toHaveLength(publicMentors.length);
  });

  it('does not change its input and passes a plain list through', () => {
    const before = JSON.stringify(publicMentors);
    toCompactPublicMentors(publicMentors);
    expect(JSON.stringify(publicMentors)).toBe(before);
    expect(fromCompactPublicMentors(publicMentors)).toBe(publicMentors);
  });

  it('never sets __proto__ from a hostile field name', () => {
    const [record] = fromCompactPublicMentors({ format: 'mentor-finder.public-mentors.compact/1', fields: ['__proto__', 'id'], rows: [[{ polluted: true }, 'm-1']] }) as Record<string, unknown>[];
    expect(record).toEqual({ id: 'm-1' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { canonicalTimezone, overlapMinutes, weekMinutes } from './weekly-slots.js';

describe('weekMinutes', () => {
  it('flattens valid slots into minutes of the week and drops the rest', () => {
    expect(weekMinutes([{ day: 'mon', start: '15:00', end: '16:30' }, { day: 'tue', start: '09:00', end: '10:00' }])).toEqual([900, 990, 1980, 2040]);
    expect(weekMinutes([{ day: 'mon', start: '16:00', end: '15:00' }, { day: 'xyz', start: '09:00', end: '10:00' }, null])).toEqual([]);
    expect(weekMinutes(undefined)).toEqual([]);
  });
});

describe('overlapMinutes', () => {
  it('sums the shared minutes of two slot lists', () => {
    const a = weekMinutes([{ day: 'tue', start: '15:00', end: '17:00' }]);
    const b = weekMinutes([{ day: 'tue', start: '16:00', end: '18:00' }, { day: 'wed', start: '15:00', end: '17:00' }]);
    expect(overlapMinutes(a, 0, a.length, b, 0, b.length)).toBe(60);
    expect(overlapMinutes(b, 0, b.length, a, 0, a.length)).toBe(60);
    expect(overlapMinutes(a, 0, a.length, b, 2, 4)).toBe(0);
    expect(overlapMinutes([], 0, 0, b, 0, b.length)).toBe(0);
  });
});

describe('canonicalTimezone', () => {
  it('treats Kiev and Kyiv as one zone', () => {
    expect(canonicalTimezone('Europe/Kiev')).toBe('Europe/Kyiv');
    expect(canonicalTimezone('Europe/Tallinn')).toBe('Europe/Tallinn');
    expect(canonicalTimezone(undefined)).toBe('');
  });
});

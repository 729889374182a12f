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

  it('reads the second list on another clock, wrapping around the week', () => {
    const monday = weekMinutes([{ day: 'mon', start: '00:00', end: '01:00' }]);
    const sunday = weekMinutes([{ day: 'sun', start: '22:30', end: '24:00' }]);
    // Sunday 22:30-24:00 two hours later is Monday 00:30-02:00.
    expect(overlapMinutes(monday, 0, monday.length, sunday, 0, sunday.length, 120)).toBe(30);
    // Monday 00:00-01:00 two hours earlier is Sunday 22:00-23:00.
    expect(overlapMinutes(sunday, 0, sunday.length, monday, 0, monday.length, -120)).toBe(30);
    expect(overlapMinutes(monday, 0, monday.length, sunday, 0, sunday.length)).toBe(0);
  });
});

describe('canonicalTimezone', () => {
  it('treats Kiev and Kyiv as one zone', () => {
    expect(canonicalTimezone('Europe/Kiev')).toBe('Europe/Kyiv');
    expect(canonicalTimezone('Europe/Tallinn')).toBe('Europe/Tallinn');
    expect(canonicalTimezone(undefined)).toBe('');
  });
});

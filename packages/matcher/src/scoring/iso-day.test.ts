import { describe, expect, it } from 'vitest';
import { clockMinutes, isoDay } from './iso-day.js';

describe('isoDay', () => {
  it('counts days since 1970-01-01 and rejects anything else', () => {
    expect(isoDay('1970-01-02')).toBe(1);
    expect(isoDay('2026-06-12') - isoDay('2026-01-05')).toBe(158);
    expect(isoDay('2026-06-12')).toBe(isoDay('2026-06-12'));
    for (const bad of ['2026-13-01', '2026-1-5', '', 'soon', null, 20260105]) expect(isoDay(bad)).toBeNaN();
  });
});

describe('clockMinutes', () => {
  it('reads HH:MM', () => {
    expect(clockMinutes('00:00')).toBe(0);
    expect(clockMinutes('15:30')).toBe(930);
    expect(clockMinutes('24:00')).toBe(1440);
    for (const bad of ['24:30', '9:00', '12:60', undefined]) expect(clockMinutes(bad)).toBeNaN();
  });
});

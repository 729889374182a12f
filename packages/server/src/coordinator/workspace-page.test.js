// @ts-check
import { describe, expect, it } from 'vitest';
import { formatTime } from './workspace-page.js';

describe('formatTime', () => {
  const winter = Date.UTC(2026, 1, 2, 9, 0);
  const summer = Date.UTC(2026, 6, 2, 9, 0);

  it('shows the clock of the zone, summer time included, and names the zone', () => {
    expect(formatTime('et', winter, 'Europe/Tallinn')).toContain('11:00');
    expect(formatTime('et', summer, 'Europe/Tallinn')).toContain('12:00');
    expect(formatTime('fi', winter, 'Europe/Helsinki')).toMatch(/11\.00 \S+/);
    expect(formatTime('et', winter, 'Europe/Tallinn')).not.toBe(formatTime('et', winter, 'UTC'));
  });

  it('is UTC, said so, without a zone, and empty without a time', () => {
    expect(formatTime('en', winter)).toMatch(/9:00\s?AM UTC$/);
    expect(formatTime('lv', winter)).toMatch(/09:00 UTC$/);
    expect(formatTime('en', null)).toBe('');
  });
});

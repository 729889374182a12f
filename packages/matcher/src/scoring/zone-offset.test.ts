import { describe, expect, it } from 'vitest';
import { zoneOffsetMinutes, zoneShift } from './zone-offset.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('zoneOffsetMinutes', () => {
  it('reads the offset of a zone on a day, summer time included', () => {
    expect(zoneOffsetMinutes('Europe/Tallinn', Date.parse('2026-01-15T12:00:00Z'))).toBe(120);
    expect(zoneOffsetMinutes('Europe/Tallinn', Date.parse('2026-07-15T12:00:00Z'))).toBe(180);
    expect(zoneOffsetMinutes('Asia/Kolkata', Date.parse('2026-07-15T12:00:00Z'))).toBe(330);
    expect(zoneOffsetMinutes('America/Sao_Paulo', Date.parse('2026-07-15T12:00:00Z'))).toBe(-180);
  });

  it('reads Kyiv under its old name where the runtime knows only that', () => {
    expect(zoneOffsetMinutes('Europe/Kyiv', Date.parse('2026-01-15T12:00:00Z'))).toBe(120);
  });

  it('knows no zone the runtime does not know', () => {
    expect(zoneOffsetMinutes('Mars/Base', 0)).toBeUndefined();
    expect(zoneOffsetMinutes('UTC+2', 0)).toBeUndefined();
    expect(zoneOffsetMinutes('', 0)).toBeUndefined();
  });
});

describe('zoneShift', () => {
  it('moves a clock time from one zone to another on the given day', () => {
    expect(zoneShift('Europe/Tallinn', 'Europe/Tallinn', day('2026-01-15'))).toBe(0);
    expect(zoneShift('Europe/Tallinn', 'Europe/Lisbon', day('2026-01-15'))).toBe(-120);
    // Tbilisi keeps UTC+4 all year; Tallinn moves an hour in summer.
    expect(zoneShift('Europe/Tallinn', 'Asia/Tbilisi', day('2026-01-15'))).toBe(120);
    expect(zoneShift('Europe/Tallinn', 'Asia/Tbilisi', day('2026-07-15'))).toBe(60);
    expect(zoneShift('Europe/Tallinn', 'Asia/Tbilisi', Number.NaN), 'a winter day without a date').toBe(120);
  });

  it('has no shift when a zone is unknown or missing, except between two equal names', () => {
    expect(zoneShift('Mars/Base', 'Europe/Tallinn', day('2026-01-15'))).toBeUndefined();
    expect(zoneShift('', 'Europe/Tallinn', day('2026-01-15'))).toBeUndefined();
    expect(zoneShift('', '', day('2026-01-15'))).toBeUndefined();
    expect(zoneShift('Mars/Base', 'Mars/Base', day('2026-01-15'))).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { resolveLocale } from './resolve-locale.js';
import { SUPPORTED_LOCALES } from './supported-locales.js';

describe('resolveLocale', () => {
  it('keeps a supported locale', () => {
    for (const locale of SUPPORTED_LOCALES) expect(resolveLocale(locale)).toBe(locale);
  });

  it('falls back from a region to its language', () => {
    expect(resolveLocale('et-EE')).toBe('et');
    expect(resolveLocale('fi_FI')).toBe('fi');
    expect(resolveLocale('LV-lv')).toBe('lv');
    expect(resolveLocale('en-GB')).toBe('en');
  });

  it('falls back to English for other or missing locales', () => {
    expect(resolveLocale('de')).toBe('en');
    expect(resolveLocale('ru-EE')).toBe('en');
    expect(resolveLocale('')).toBe('en');
    expect(resolveLocale(null)).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
    expect(resolveLocale(5 as unknown as string)).toBe('en');
  });
});

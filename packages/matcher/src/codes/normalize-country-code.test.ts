import { describe, expect, it } from 'vitest';
import { normalizeCountryCode } from './normalize-country-code.js';

describe('normalizeCountryCode', () => {
  it('maps the EU aliases EL and UK to ISO codes', () => {
    expect(normalizeCountryCode('EL')).toBe('GR');
    expect(normalizeCountryCode('UK')).toBe('GB');
    expect(normalizeCountryCode('el')).toBe('GR');
  });

  it('trims and upper-cases valid codes', () => {
    expect(normalizeCountryCode(' ee ')).toBe('EE');
    expect(normalizeCountryCode('ua')).toBe('UA');
    expect(normalizeCountryCode('GR')).toBe('GR');
  });

  it('returns null for anything that is not a country', () => {
    for (const value of ['XK', 'EU', 'Estonia', 'EST', '', '__proto__', 'constructor', 12, null, undefined, {}])
      expect(normalizeCountryCode(value), String(value)).toBeNull();
  });
});

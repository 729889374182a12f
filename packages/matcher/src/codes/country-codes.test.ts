import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, isCountryCode } from './country-codes.js';

describe('isCountryCode', () => {
  it('holds the 249 assigned ISO 3166-1 alpha-2 codes, sorted and unique', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect([...COUNTRY_CODES].sort()).toEqual(COUNTRY_CODES);
  });

  it('accepts countries outside the eTwinning list too', () => {
    for (const code of ['EE', 'GR', 'GB', 'UA', 'GE', 'AM', 'TN', 'JP', 'BR', 'AQ']) expect(isCountryCode(code), code).toBe(true);
  });

  it('rejects EU aliases, reserved codes, lower case and non-strings', () => {
    for (const value of ['EL', 'UK', 'EU', 'XK', 'ZZ', 'ee', 'ua', 'Ee', 'EST', '', ' EE', 'constructor', '__proto__', 1, null, undefined, {}])
      expect(isCountryCode(value), String(value)).toBe(false);
  });

  it('names every code in ICU region data', () => {
    const names = new Intl.DisplayNames('en', { type: 'region' });
    for (const code of COUNTRY_CODES) expect(names.of(code), code).not.toBe(code);
  });
});

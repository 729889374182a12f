import type { CountryCode } from '../model/shared.js';
import { isCountryCode } from './country-codes.js';

/** Codes EU documents use that ISO does not: accepted on import, never emitted. */
export const COUNTRY_CODE_ALIASES: Readonly<Record<string, CountryCode>> = Object.freeze({ EL: 'GR', UK: 'GB' });

/**
 * Turns an imported country value (`' ee '`, `'EL'`, `'UK'`) into an ISO 3166-1 alpha-2 code,
 * or null when it is not one.
 */
export function normalizeCountryCode(value: unknown): CountryCode | null {
  if (typeof value !== 'string' || value.length > 8) return null;
  const upper = value.trim().toUpperCase();
  const code = Object.hasOwn(COUNTRY_CODE_ALIASES, upper) ? COUNTRY_CODE_ALIASES[upper] : upper;
  return isCountryCode(code) ? code : null;
}

// @ts-check
import { describe, expect, it } from 'vitest';
import { acceptedLanguages } from './accept-language.js';

describe('acceptedLanguages', () => {
  it('orders by weight, keeping the header order for equal weights', () => {
    expect(acceptedLanguages('de, en;q=0.5, fi;q=0.6, et')).toEqual(['de', 'et', 'fi', 'en']);
  });
  it('drops q=0, empty entries and unreadable weights', () => {
    expect(acceptedLanguages('et;q=0, ,en;q=0.1, lv;q=x')).toEqual(['en']);
  });
  it('reads nothing from a missing or non-string header', () => {
    expect(acceptedLanguages(undefined)).toEqual([]);
    expect(acceptedLanguages(['et'])).toEqual([]);
  });
  it('reads at most 20 entries', () => {
    expect(acceptedLanguages(Array.from({ length: 30 }, (_, i) => `x${i}`).join(','))).toHaveLength(20);
  });
});

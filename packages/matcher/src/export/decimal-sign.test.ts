import { describe, expect, it } from 'vitest';
import { decimalSign, spreadsheetDelimiter } from './decimal-sign.js';

describe('decimalSign and spreadsheetDelimiter', () => {
  it('follow the locale: a decimal comma goes with a semicolon between columns', () => {
    expect(['en', 'et', 'fi', 'lt', 'lv'].map(decimalSign)).toEqual(['.', ',', ',', ',', ',']);
    expect(['en', 'en-GB', 'et', 'fi', 'lt', 'lv', 'de'].map(spreadsheetDelimiter)).toEqual([',', ',', ';', ';', ';', ';', ';']);
  });

  it('take an unknown or malformed locale as English', () => {
    expect(decimalSign('not a locale!')).toBe('.');
    expect(spreadsheetDelimiter('')).toBe(',');
  });
});

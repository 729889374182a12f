import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, isLanguageCode } from './language-codes.js';

describe('isLanguageCode', () => {
  it('holds the 183 current ISO 639-1 codes, sorted and unique', () => {
    expect(LANGUAGE_CODES).toHaveLength(183);
    expect(new Set(LANGUAGE_CODES).size).toBe(183);
    expect([...LANGUAGE_CODES].sort()).toEqual(LANGUAGE_CODES);
  });

  it('accepts the languages of eTwinning countries, with nb and nn', () => {
    const expected = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv is no nb nn mk sr sq bs tr uk ru hy az ka ar lb';
    for (const code of expected.split(' ')) expect(isLanguageCode(code), code).toBe(true);
  });

  it('rejects unknown, upper-case, three-letter and deprecated codes', () => {
    for (const value of ['xx', 'qq', 'EN', 'UA', 'ua', 'cnr', 'est', 'iw', 'sh', '', 'constructor', 7, null, undefined, []])
      expect(isLanguageCode(value), String(value)).toBe(false);
  });

  it('names every code in ICU language data', () => {
    const names = new Intl.DisplayNames('en', { type: 'language' });
    for (const code of LANGUAGE_CODES) expect(names.of(code), code).not.toBe(code);
  });
});

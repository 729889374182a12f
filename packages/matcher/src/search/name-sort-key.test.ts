import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { loadSample } from '../../../../test/sample-data.js';
import { nameSortKey } from './name-sort-key.js';

const LOCALES = ['en', 'et', 'fi', 'lt', 'lv'] as const;
/** Letters of the five languages and of neighbouring ones that names bring along. */
const LETTERS = [...'abcdefghijklmnopqrstuvwxyzåäöüõšžčćģķļņąęėįųūāēīđłøæœßéèêíóúñ'];
const NAME_CHARS = [...LETTERS, ...LETTERS.map((letter) => letter.toUpperCase()).filter((c) => c.length === 1), ..." -.'’,()0123456789"];

const sign = (n: number): number => Math.sign(n);
const compareKeys = (a: string, b: string, locale: string): number => {
  const [x, y] = [nameSortKey(a, locale), nameSortKey(b, locale)];
  return x < y ? -1 : x > y ? 1 : 0;
};

describe('nameSortKey', () => {
  for (const locale of LOCALES) {
    const primary = new Intl.Collator(locale, { sensitivity: 'base' });

    it(`orders every pair of letters as Intl.Collator does at primary strength (${locale})`, () => {
      const disagree = LETTERS.flatMap((a) => LETTERS.filter((b) => sign(primary.compare(a, b)) !== compareKeys(a, b, locale)).map((b) => `${a}/${b}`));
      expect(disagree).toEqual([]);
    });

    test.prop([fc.array(fc.constantFrom(...NAME_CHARS), { maxLength: 12 }).map((c) => c.join('')), fc.array(fc.constantFrom(...NAME_CHARS), { maxLength: 12 }).map((c) => c.join(''))], {
      numRuns: 2000,
    })(`orders generated names as Intl.Collator does at primary strength (${locale})`, (a, b) => {
      expect(compareKeys(a, b, locale)).toBe(sign(primary.compare(a, b)));
    });

    it(`puts the sample mentors and mentees in Intl.Collator's name order (${locale})`, () => {
      const names = [...loadSample<{ displayName: string }[]>('mentors'), ...loadSample<{ displayName: string }[]>('mentees')].map((p) => p.displayName);
      const collator = new Intl.Collator(locale);
      const byKey = [...names].sort((a, b) => compareKeys(a, b, locale) || (a < b ? -1 : a > b ? 1 : 0));
      expect(byKey).toEqual([...names].sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)));
    });
  }

  it('takes a region subtag and sorts an unknown language in the root order', () => {
    expect(compareKeys('Zoe', 'Tiit', 'et-EE')).toBe(-1);
    expect(compareKeys('Zoe', 'Tiit', 'de')).toBe(1);
    expect(compareKeys('Ylva', 'Jonas', 'lt_LT')).toBe(-1);
    expect(compareKeys('Ylva', 'Jonas', 'de')).toBe(1);
  });

  it('sorts letters of other scripts after Latin ones, and digits and spaces before letters', () => {
    expect(compareKeys('Олена', 'Zoe', 'en')).toBe(1);
    expect(compareKeys('Ann Lee', 'Anna', 'en')).toBe(-1);
    expect(compareKeys('2 Ann', 'Ann', 'en')).toBe(-1);
  });
});

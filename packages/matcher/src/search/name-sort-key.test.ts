import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { loadSample } from '../../../../test/sample-data.js';
import { nameSortKey, reducedForm } from './name-sort-key.js';

const LOCALES = ['en', 'et', 'fi', 'lt', 'lv'] as const;
/** Letters of the five languages and of neighbouring ones that names bring along. */
const LETTERS = [...'abcdefghijklmnopqrstuvwxyzåäöüõšžčćģķļņąęėįųūāēīōŗđłøæœßéèêíóúñıðþŀĳ'];
/** Spaces, punctuation and digits names hold, the look-alikes among them too. */
const OTHERS = [...' \t\u00a0\u2009-\u2010\u2011–—.,\'’‘"„“”·()/&0123456789'];
const UPPER = LETTERS.map((letter) => letter.toUpperCase()).filter((c) => c.length === 1);
const NAME_CHARS = [...LETTERS, ...UPPER, ...OTHERS];

const sign = (n: number): number => Math.sign(n);
const compareKeys = (a: string, b: string, locale: string): number => {
  const [x, y] = [nameSortKey(a, locale), nameSortKey(b, locale)];
  return x < y ? -1 : x > y ? 1 : 0;
};

describe('nameSortKey', () => {
  for (const locale of LOCALES) {
    const primary = new Intl.Collator(locale, { sensitivity: 'base' });

    it(`orders every pair of letters, spaces, punctuation and digits as Intl.Collator does at primary strength (${locale})`, () => {
      const chars = [...LETTERS, ...OTHERS];
      const disagree = chars.flatMap((a) => chars.filter((b) => sign(primary.compare(a, b)) !== compareKeys(a, b, locale)).map((b) => `${a}/${b}`));
      expect(disagree).toEqual([]);
    });

    // Names that share a beginning, so the order is decided further in.
    const part = (maxLength: number) => fc.array(fc.constantFrom(...NAME_CHARS), { maxLength }).map((chars) => chars.join(''));
    test.prop([part(8), part(6), part(6)], { numRuns: 3000 })(`orders generated names as Intl.Collator does at primary strength (${locale})`, (start, a, b) => {
      expect(compareKeys(start + a, start + b, locale)).toBe(sign(primary.compare(start + a, start + b)));
    });

    it(`puts the sample mentors and mentees in Intl.Collator's name order (${locale})`, () => {
      const names = [...loadSample<{ displayName: string }[]>('mentors'), ...loadSample<{ displayName: string }[]>('mentees')].map((p) => p.displayName);
      const collator = new Intl.Collator(locale);
      const byKey = [...names].sort((a, b) => compareKeys(a, b, locale) || (a < b ? -1 : a > b ? 1 : 0));
      expect(byKey).toEqual([...names].sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)));
    });
  }

  it('reduces each character from U+00C0 to U+024F as normalize() does, and others by normalize()', () => {
    const byNormalize = (char: string): string => {
      const compatible = char.normalize('NFKC');
      return compatible !== char ? compatible : char.normalize('NFD').replace(/\p{M}/gu, '');
    };
    const chars = Array.from({ length: 0x250 - 0xc0 }, (_, i) => String.fromCharCode(0xc0 + i));
    expect(chars.filter((char) => reducedForm(char) !== byNormalize(char))).toEqual([]);
    expect(['ḁ', 'ǹ', 'ﬁ', '\u2009', 'й', 'a'].map(reducedForm)).toEqual(['a', 'n', 'fi', ' ', 'и', 'a']);
  });

  it('composes a name written with combining marks', () => {
    for (const locale of LOCALES) expect(nameSortKey('Pa\u0308ivi O\u0303un', locale)).toBe(nameSortKey('Päivi Õun', locale));
  });

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

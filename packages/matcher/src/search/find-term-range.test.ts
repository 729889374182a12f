import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { compareCodeUnits } from '../text/compare-code-units.js';
import { findPrefixRange, lowerBound } from './find-term-range.js';

const VOCABULARY = ['label', 'labels', 'lapsed', 'part', 'partner', 'partnereid', 'partners', 'party', 'pupil'];

describe('findPrefixRange', () => {
  it('finds every word that starts with the prefix', () => {
    const [start, end] = findPrefixRange(VOCABULARY, 'partn');
    expect(VOCABULARY.slice(start, end)).toEqual(['partner', 'partnereid', 'partners']);
  });

  it('includes the word equal to the prefix', () => {
    const [start, end] = findPrefixRange(VOCABULARY, 'part');
    expect(VOCABULARY.slice(start, end)).toEqual(['part', 'partner', 'partnereid', 'partners', 'party']);
  });

  it('gives an empty range for a missing prefix, before, inside and after the list', () => {
    for (const prefix of ['a', 'lb', 'pz', 'zzz']) {
      const [start, end] = findPrefixRange(VOCABULARY, prefix);
      expect(end - start, prefix).toBe(0);
    }
  });

  it('handles an empty vocabulary', () => {
    expect(findPrefixRange([], 'x')).toEqual([0, 0]);
    expect(lowerBound([], 'x')).toBe(0);
  });

  test.prop([fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 40 }), fc.string({ maxLength: 3 })])(
    'agrees with a linear scan',
    (words, prefix) => {
      const vocabulary = [...words].sort(compareCodeUnits);
      const [start, end] = findPrefixRange(vocabulary, prefix);
      expect(vocabulary.slice(start, end)).toEqual(vocabulary.filter((w) => w.startsWith(prefix)));
    },
  );
});

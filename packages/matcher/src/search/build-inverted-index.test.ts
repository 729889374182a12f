import { describe, expect, it } from 'vitest';
import { buildInvertedIndex, EXTRA_FIELD_SHARE, type InvertedIndex } from './build-inverted-index.js';

const postingsOf = (index: InvertedIndex, term: string) => {
  const t = index.vocabulary.indexOf(term);
  const range = [index.offsets[t]!, index.offsets[t + 1]!] as const;
  return { mentors: [...index.postings.subarray(...range)], weights: [...index.weights.subarray(...range)] };
};

const FIELDS: [string[], number][][] = [
  [[['tamm'], 8], [['partner', 'partner'], 1]],
  [],
  [[['partner'], 1], [['ülle', 'partner'], 4], [['partner'], 2]],
  [[['partner'], 1], [['label'], 4], [['ignored'], 0]],
];

describe('buildInvertedIndex', () => {
  const index = buildInvertedIndex(FIELDS.length, (m, add) => FIELDS[m]!.forEach(([words, w]) => add(words, w)));

  it('sorts the vocabulary by code unit and leaves out words of weightless fields', () => {
    expect(index.vocabulary).toEqual(['label', 'partner', 'tamm', 'ülle']);
  });

  it("lists each term's mentors once, ascending, with the heaviest weight and a share of the others", () => {
    expect(postingsOf(index, 'partner')).toEqual({ mentors: [0, 2, 3], weights: [1, 4 + EXTRA_FIELD_SHARE * 3, 1] });
    expect(postingsOf(index, 'ülle')).toEqual({ mentors: [2], weights: [4] });
  });

  it('keeps offsets consistent with the postings', () => {
    expect([...index.offsets]).toEqual([0, 1, 4, 5, 6]);
    expect(index.postings).toHaveLength(6);
  });

  it('handles no mentors', () => {
    const empty = buildInvertedIndex(0, () => {});
    expect(empty.vocabulary).toEqual([]);
    expect([...empty.offsets]).toEqual([0]);
  });
});

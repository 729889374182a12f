import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { selectTop } from './select-top.js';

describe('selectTop', () => {
  const scores = [5, 1, 9, 9, 3, 7, 0, 9, 2, 4, 6, 8, 1, 5, 3, 2, 7];
  const byScoreThenPosition = (a: number, b: number) => scores[b]! - scores[a]! || a - b;

  it('keeps the best few in order, ties by the tie-break', () => {
    expect([...selectTop(scores.length, 2, byScoreThenPosition)]).toEqual([2, 3]);
    expect([...selectTop(scores.length, 4, byScoreThenPosition)]).toEqual([2, 3, 7, 11]);
  });

  it('handles limits of zero, one and more than the count', () => {
    expect([...selectTop(scores.length, 0, byScoreThenPosition)]).toEqual([]);
    expect([...selectTop(scores.length, 1, byScoreThenPosition)]).toEqual([2]);
    expect(selectTop(scores.length, 100, byScoreThenPosition)).toHaveLength(scores.length);
    expect([...selectTop(0, 5, byScoreThenPosition)]).toEqual([]);
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 400 }), fc.integer({ min: 0, max: 60 })])(
    'agrees with a full sort',
    (values, limit) => {
      const compare = (a: number, b: number) => values[b]! - values[a]! || a - b;
      const full = values.map((_, i) => i).sort(compare).slice(0, limit);
      expect([...selectTop(values.length, limit, compare)]).toEqual(full);
    },
  );
});

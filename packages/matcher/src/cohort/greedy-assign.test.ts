import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { cellsByScore, greedyAssign } from './greedy-assign.js';

describe('greedyAssign', () => {
  it('takes the best cell first and respects capacity', () => {
    // rows: 2 mentees, cols: 2 mentors; mentor 0 has one place.
    const scores = Float64Array.from([0.9, 0.8, 0.7, 0.1]);
    const result = greedyAssign(scores, [1, 1], 2, 2);
    expect(Array.from(result.assignment)).toEqual([0, 1]);
    expect(result.matched).toBe(2);
    expect(result.total).toBeCloseTo(1.0);
  });

  it('can be worse than the optimum (the reason it is only a baseline)', () => {
    // Greedy gives row 0 col 0 (0.9) and leaves row 1 without an allowed mentor.
    const scores = Float64Array.from([0.9, 0.8, 0.85, -Infinity]);
    const result = greedyAssign(scores, [1, 1], 2, 2);
    expect(Array.from(result.assignment)).toEqual([0, -1]);
    expect(result.matched).toBe(1);
  });

  it('never uses forbidden cells (NaN, -Infinity) or zero-capacity columns', () => {
    const scores = Float64Array.from([Number.NaN, 0.5, -Infinity, 0.4]);
    const result = greedyAssign(scores, [5, 0], 2, 2);
    expect(Array.from(result.assignment)).toEqual([-1, -1]);
    expect(result.matched).toBe(0);
    expect(result.total).toBe(0);
  });

  it('breaks ties by the lower row, then the lower column', () => {
    const scores = Float64Array.from([0.5, 0.5, 0.5, 0.5]);
    const result = greedyAssign(scores, [1, 1], 2, 2);
    expect(Array.from(result.assignment)).toEqual([0, 1]);
  });

  it('handles empty input', () => {
    const result = greedyAssign(new Float64Array(0), [], 0, 0);
    expect(result.assignment.length).toBe(0);
    expect(result.matched).toBe(0);
  });

  it('does not mutate its inputs', () => {
    const scores = Float64Array.from([0.2, 0.9]);
    const caps = [1, 1];
    greedyAssign(scores, caps, 1, 2);
    expect(Array.from(scores)).toEqual([0.2, 0.9]);
    expect(caps).toEqual([1, 1]);
  });
});

describe('cellsByScore', () => {
  const score = fc.oneof(fc.constantFrom(0, -0, 0.5, 1, -1, Infinity, -Infinity, Number.NaN), fc.double({ min: -2, max: 2 }));
  test.prop([fc.array(score, { maxLength: 40 })], { numRuns: 300 })('orders allowed cells as a comparison sort does', (values) => {
    const scores = Float64Array.from(values);
    const expected = values.map((_, k) => k).filter((k) => Number.isFinite(scores[k]));
    expected.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
    expect(Array.from(cellsByScore(scores, scores.length))).toEqual(expected);
  });
});

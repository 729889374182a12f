import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { findAlternatives } from './find-alternatives.js';

describe('findAlternatives', () => {
  const base = {
    rows: 2,
    cols: 3,
    // Row 0 can go anywhere; row 1 only to column 2.
    matrix: Float64Array.from([0.5, 0.7, 0.5, -Infinity, Number.NaN, 0.9]),
    assigned: Int32Array.from([1, -1]),
    remaining: [1, 0, 2],
    colIds: ['m-b', 'm-a', 'm-c'],
    limit: 3,
  };

  it('lists allowed columns with room except the assigned one, best first, ties by id', () => {
    const [first, second] = findAlternatives(base);
    expect(first).toEqual([
      { mentorId: 'm-b', score: 0.5 },
      { mentorId: 'm-c', score: 0.5 },
    ]);
    expect(second).toEqual([{ mentorId: 'm-c', score: 0.9 }]);
  });

  it('skips full columns and honours the limit', () => {
    expect(findAlternatives({ ...base, remaining: [0, 0, 1], limit: 1 })[0]).toEqual([{ mentorId: 'm-c', score: 0.5 }]);
    expect(findAlternatives({ ...base, limit: 0 })).toEqual([[], []]);
  });
});

/** Every allowed column with room, fully sorted: what the short list must equal. */
function sortAll(input: Parameters<typeof findAlternatives>[0]) {
  return Array.from({ length: input.rows }, (_, i) => {
    const list = [];
    for (let j = 0; j < input.cols; j++) {
      const score = input.matrix[i * input.cols + j] as number;
      if (Number.isFinite(score) && j !== input.assigned[i] && (input.remaining[j] ?? 0) > 0) list.push({ mentorId: input.colIds[j] as string, score });
    }
    list.sort((a, b) => b.score - a.score || (a.mentorId < b.mentorId ? -1 : a.mentorId > b.mentorId ? 1 : 0));
    return list.slice(0, input.limit);
  });
}

const instance = fc.record({ rows: fc.integer({ min: 1, max: 5 }), cols: fc.integer({ min: 1, max: 8 }) }).chain(({ rows, cols }) =>
  fc.record({
    rows: fc.constant(rows),
    cols: fc.constant(cols),
    matrix: fc.array(fc.constantFrom(0.25, 0.5, 0.75, 1, -Infinity, Number.NaN), { minLength: rows * cols, maxLength: rows * cols }).map((v) => Float64Array.from(v)),
    assigned: fc.array(fc.integer({ min: -1, max: cols - 1 }), { minLength: rows, maxLength: rows }).map((v) => Int32Array.from(v)),
    remaining: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: cols, maxLength: cols }),
    // Repeated ids too: ties then keep column order.
    colIds: fc.array(fc.constantFrom('m-a', 'm-b', 'm-c', 'm-d'), { minLength: cols, maxLength: cols }),
    limit: fc.integer({ min: 0, max: 4 }),
  }),
);

describe('findAlternatives against a full sort', () => {
  test.prop([instance], { numRuns: 300 })('gives the same lists', (input) => {
    expect(findAlternatives(input)).toEqual(sortAll(input));
  });
});

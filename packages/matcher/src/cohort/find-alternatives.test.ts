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
  it('offers a full column through an exchange with one of its rows, the best total first, never with a fixed row', () => {
    // Three rows, three columns of one place each, all taken: row 0 has column 0, row 1 column 1, row 2 column 2.
    const full = {
      rows: 3,
      cols: 3,
      matrix: Float64Array.from([0.5, 0.9, 0.6, 0.8, 0.4, -Infinity, 0.7, 0.3, 0.2]),
      assigned: Int32Array.from([0, 1, 2]),
      remaining: [0, 0, 0],
      colIds: ['m-a', 'm-b', 'm-c'],
      limit: 3,
      rowIds: ['e-0', 'e-1', 'e-2'],
    };
    const [row0, row1, row2] = findAlternatives(full);
    expect(row0).toEqual([
      { mentorId: 'm-b', score: 0.9, swap: { menteeId: 'e-1', score: 0.8, change: 0.8 - 0.4, totalChange: 0.9 - 0.5 + 0.8 - 0.4 } },
      { mentorId: 'm-c', score: 0.6, swap: { menteeId: 'e-2', score: 0.7, change: 0.7 - 0.2, totalChange: 0.6 - 0.5 + 0.7 - 0.2 } },
    ]);
    // Row 1 cannot go to m-c (blocked); m-a through row 0.
    expect(row1?.map((a) => [a.mentorId, a.swap?.menteeId])).toEqual([['m-a', 'e-0']]);
    // Row 2 to m-b means row 1 takes m-c, which is blocked: no exchange offered.
    expect(row2?.map((a) => [a.mentorId, a.swap?.menteeId])).toEqual([['m-a', 'e-0']]);
    // Without row ids nothing full is listed; a fixed row is never moved.
    expect(findAlternatives({ ...full, rowIds: undefined })).toEqual([[], [], []]);
    const fixed = findAlternatives({ ...full, fixedRows: [false, true, false] });
    expect(fixed[0]?.map((a) => a.mentorId)).toEqual(['m-c']);
    expect(fixed[1]).toEqual([]);
  });
});

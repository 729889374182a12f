import { describe, expect, it } from 'vitest';
import { solveAssignment } from './solve-assignment.js';
import { expectFeasible, seededRandom } from './test/check-assignment.js';
import { hungarianAssignment } from './test/hungarian-assignment.js';
import { sparseFromRows } from './test/sparse-from-rows.js';
import type { SparseScores } from './to-sparse-scores.js';

const list = (a: Int32Array): number[] => Array.from(a);

describe('solveAssignment', () => {
  it('maximises the total score on a small square problem', () => {
    const scores = [
      [0.9, 0.1, 0.2],
      [0.8, 0.7, 0.1],
      [0.1, 0.6, 0.5],
    ];
    const result = solveAssignment(scores, [1, 1, 1]);
    expect(list(result.assignment)).toEqual([0, 1, 2]);
    expect(result.total).toBeCloseTo(2.1, 12);
    expect(result.status).toBe('optimal');
  });

  it('prefers one more pair to a higher total', () => {
    // B alone would score 5, but A and B together make two pairs.
    const scores = [
      [1, -Infinity],
      [5, 0.1],
    ];
    const result = solveAssignment(scores, [1, 1]);
    expect(list(result.assignment)).toEqual([0, 1]);
    expect(result.matched).toBe(2);
  });

  it('chooses which mentee stays unmatched by score when places run out', () => {
    const result = solveAssignment([[1], [5], [3]], [1]);
    expect(list(result.assignment)).toEqual([-1, 0, -1]);
    expect(result.total).toBe(5);
  });

  it('fills a mentor up to its capacity and no further', () => {
    const scores = [
      [0.9, 0.1],
      [0.8, 0.2],
      [0.7, 0.3],
    ];
    const result = solveAssignment(scores, [2, 1]);
    expectFeasible(result, scores, [2, 1]);
    expect(list(result.assignment)).toEqual([0, 0, 1]);
  });

  it('never uses a mentor with zero capacity', () => {
    const result = solveAssignment([[9, 1]], [0, 1]);
    expect(list(result.assignment)).toEqual([1]);
  });

  it('treats -Infinity and NaN as forbidden', () => {
    const scores = [
      [NaN, 0.2],
      [0.9, -Infinity],
    ];
    expect(list(solveAssignment(scores, [1, 1]).assignment)).toEqual([1, 0]);
    expect(list(solveAssignment([[NaN, -Infinity]], [1, 1]).assignment)).toEqual([-1]);
  });

  it('returns an all-unmatched optimal result when every pair is forbidden', () => {
    const scores = Float64Array.from([NaN, -Infinity, -Infinity, NaN]);
    const result = solveAssignment(scores, [1, 1]);
    expect(result).toMatchObject({ matched: 0, total: 0, status: 'optimal' });
    expect(list(result.assignment)).toEqual([-1, -1]);
  });

  it('handles empty inputs', () => {
    expect(solveAssignment([], [1, 2])).toMatchObject({ matched: 0, total: 0, status: 'optimal' });
    expect(solveAssignment([], []).assignment.length).toBe(0);
    const noMentors = solveAssignment(new Float64Array(0), [], { rows: 3 });
    expect(list(noMentors.assignment)).toEqual([-1, -1, -1]);
    expect(list(solveAssignment([[], []], []).assignment)).toEqual([-1, -1]);
  });

  it('pairs everyone on a constant matrix, each mentor once', () => {
    const n = 12;
    const scores = Array.from({ length: n }, () => Array.from({ length: n }, () => 0.5));
    const result = solveAssignment(scores, Array.from({ length: n }, () => 1));
    expect(result.matched).toBe(n);
    expect(result.total).toBeCloseTo(n * 0.5, 12);
    expect(new Set(result.assignment).size).toBe(n);
  });

  it('solves rectangular problems both ways', () => {
    const wide = [
      [0.1, 0.9, 0.3, 0.2],
      [0.8, 0.85, 0.1, 0.0],
    ];
    expect(list(solveAssignment(wide, [1, 1, 1, 1]).assignment)).toEqual([1, 0]);
    const tall = [[0.1], [0.9], [0.3], [0.95]];
    const result = solveAssignment(tall, [2]);
    expect(list(result.assignment)).toEqual([-1, 0, -1, 0]);
    expect(result.total).toBeCloseTo(1.85, 12);
  });

  it('accepts any finite scores, negative and huge', () => {
    expect(list(solveAssignment([[-5, -1], [-2, -10]], [1, 1]).assignment)).toEqual([1, 0]);
    const huge = solveAssignment([[1e300, 2e300], [3e300, 1e300]], [1, 1]);
    expect(list(huge.assignment)).toEqual([1, 0]);
    expect(huge.total).toBe(5e300);
  });

  it('reads a flat Float64Array with rows inferred or given, and does not change it', () => {
    const flat = Float64Array.from([0.2, 0.9, 0.8, 0.1]);
    const copy = flat.slice();
    expect(list(solveAssignment(flat, [1, 1]).assignment)).toEqual([1, 0]);
    expect(list(solveAssignment(flat, [1, 1], { rows: 2, cols: 2 }).assignment)).toEqual([1, 0]);
    expect(flat).toEqual(copy);
  });

  it('is deterministic: the same input gives the same assignment', () => {
    const scores = Array.from({ length: 30 }, (_, i) => Array.from({ length: 10 }, (_, j) => ((i * 7 + j * 3) % 5) / 4));
    const capacities = Array.from({ length: 10 }, (_, j) => j % 3);
    const first = solveAssignment(scores, capacities);
    for (let k = 0; k < 3; k++) expect(list(solveAssignment(scores, capacities).assignment)).toEqual(list(first.assignment));
  });

  it('stays optimal when mentees outnumber places and some mentors have no allowed mentee', () => {
    const rand = seededRandom(17);
    const scores = Array.from({ length: 9 }, () => Array.from({ length: 5 }, (_, j) => (j % 2 === 1 || rand() < 0.3 ? -Infinity : Math.round(rand() * 4) / 4)));
    const capacities = [2, 3, 1, 1, 1];
    const oracle = hungarianAssignment(scores, capacities);
    for (const kernel of ['dense', 'sparse'] as const) {
      for (const form of [scores, sparseFromRows(scores, 5)]) {
        const result = solveAssignment(form, capacities, { kernel });
        expectFeasible(result, scores, capacities);
        expect(result.matched).toBe(oracle.matched);
        expect(result.total).toBeCloseTo(oracle.total, 12);
      }
    }
  });

  it('gives the same result with the dense and the sparse kernel', () => {
    const scores = [
      [0.5, -Infinity, 0.7],
      [0.6, 0.4, NaN],
      [-Infinity, 0.9, 0.8],
    ];
    const dense = solveAssignment(scores, [1, 2, 1], { kernel: 'dense' });
    const sparse = solveAssignment(scores, [1, 2, 1], { kernel: 'sparse' });
    expect(sparse.matched).toBe(dense.matched);
    expect(sparse.total).toBeCloseTo(dense.total, 12);
  });
});

describe('solveAssignment on sparse scores', () => {
  const csr = (rows: number, cols: number, rowStart: number[], colIndex: number[], score: number[]): SparseScores => ({
    rows,
    cols,
    rowStart: Int32Array.from(rowStart),
    colIndex: Int32Array.from(colIndex),
    score: Float64Array.from(score),
  });

  it('reads the allowed pairs of each row, in any column order', () => {
    // Row 0: cols 2 and 0; row 1: col 0 only; row 2: cols 1 and 2.
    const scores = csr(3, 3, [0, 2, 3, 5], [2, 0, 0, 1, 2], [0.7, 0.5, 0.6, 0.9, 0.8]);
    const result = solveAssignment(scores, [1, 1, 1]);
    expect(list(result.assignment)).toEqual([2, 0, 1]);
    expect(result.total).toBeCloseTo(2.2, 12);
    expect(result.status).toBe('optimal');
  });

  it('treats listed NaN and -Infinity entries as forbidden, like absent ones', () => {
    const scores = csr(2, 2, [0, 2, 4], [0, 1, 0, 1], [NaN, 0.2, 0.9, -Infinity]);
    expect(list(solveAssignment(scores, [1, 1]).assignment)).toEqual([1, 0]);
  });

  it('leaves rows without pairs and rows with only forbidden entries unmatched', () => {
    const scores = csr(4, 2, [0, 0, 2, 3, 3], [0, 1, 1], [NaN, -Infinity, 0.4]);
    const result = solveAssignment(scores, [1, 1]);
    expect(list(result.assignment)).toEqual([-1, -1, 1, -1]);
    expect(result).toMatchObject({ matched: 1, total: 0.4 });
    expect(list(solveAssignment(csr(2, 2, [0, 0, 0], [], []), [1, 1]).assignment)).toEqual([-1, -1]);
  });

  it('handles no rows and no columns', () => {
    expect(solveAssignment(csr(0, 2, [0], [], []), [1, 1])).toMatchObject({ matched: 0, total: 0, status: 'optimal' });
    expect(list(solveAssignment(csr(2, 0, [0, 0, 0], [], []), []).assignment)).toEqual([-1, -1]);
  });

  it('respects capacities from 0 to 3, in both orientations', () => {
    const rows = [
      [0.9, 0.1, 0.5, -Infinity],
      [0.8, 0.2, NaN, 0.3],
      [0.7, 0.3, 0.4, 0.1],
      [0.6, -Infinity, 0.2, 0.9],
      [0.95, 0.5, 0.1, 0.2],
    ];
    for (const capacities of [[3, 0, 1, 1], [0, 3, 0, 2], [2, 1, 1, 0], [0, 0, 0, 1], [1, 0, 0, 0]]) {
      const sparse = solveAssignment(sparseFromRows(rows, 4), capacities);
      const dense = solveAssignment(rows, capacities);
      expectFeasible(sparse, rows, capacities);
      expect(sparse.matched).toBe(dense.matched);
      expect(sparse.total).toBeCloseTo(dense.total, 12);
    }
  });

  it('gives the assignment of the dense form when pairs come in column order', () => {
    const rows = Array.from({ length: 20 }, (_, i) => Array.from({ length: 15 }, (_, j) => ((i * 5 + j * 7) % 6 === 0 ? NaN : ((i * 3 + j) % 4) / 4)));
    const capacities = Array.from({ length: 15 }, (_, j) => j % 3);
    for (const kernel of ['sparse', 'dense'] as const) {
      const fromRows = solveAssignment(rows, capacities, { kernel });
      const fromSparse = solveAssignment(sparseFromRows(rows, 15), capacities, { kernel });
      expect(list(fromSparse.assignment)).toEqual(list(fromRows.assignment));
    }
  });

  it('does not change its input', () => {
    const scores = csr(2, 2, [0, 2, 3], [1, 0, 0], [0.2, 0.1, 0.9]);
    const copies = [scores.rowStart.slice(), scores.colIndex.slice(), scores.score.slice()];
    solveAssignment(scores, [1, 1]);
    expect([scores.rowStart, scores.colIndex, scores.score]).toEqual(copies);
  });
});

describe('solveAssignment on invalid sparse scores', () => {
  const good = (): SparseScores => ({ rows: 2, cols: 2, rowStart: Int32Array.from([0, 1, 2]), colIndex: Int32Array.from([0, 1]), score: Float64Array.from([1, 2]) });
  const invalid = (scores: SparseScores, code: string, path: string, capacities: number[] = [1, 1], options = {}): void => {
    const result = solveAssignment(scores, capacities, options);
    expect(result.status).toBe('invalid-input');
    expect(result.assignment.length).toBe(0);
    expect(result.errors?.[0]).toMatchObject({ code, path });
  };

  it('accepts the valid base case', () => {
    expect(solveAssignment(good(), [1, 1]).status).toBe('optimal');
  });

  it('rejects columns out of range and repeated columns in a row', () => {
    invalid({ ...good(), colIndex: Int32Array.from([0, 2]) }, 'column-out-of-range', '/scores/colIndex/1');
    invalid({ ...good(), colIndex: Int32Array.from([-1, 0]) }, 'column-out-of-range', '/scores/colIndex/0');
    invalid({ ...good(), rowStart: Int32Array.from([0, 2, 2]), colIndex: Int32Array.from([1, 1]) }, 'duplicate-pair', '/scores/colIndex/1');
  });

  it('allows a column once in each of several rows', () => {
    const scores = { ...good(), colIndex: Int32Array.from([1, 1]) };
    expect(solveAssignment(scores, [1, 1])).toMatchObject({ status: 'optimal', matched: 1, total: 2 });
  });

  it('rejects row starts that do not fit the entries', () => {
    invalid({ ...good(), rowStart: Int32Array.from([0, 1]) }, 'shape-mismatch', '/scores/rowStart');
    invalid({ ...good(), rowStart: Int32Array.from([1, 1, 2]) }, 'row-start-invalid', '/scores/rowStart/0');
    invalid({ ...good(), rowStart: Int32Array.from([0, 2, 1]) }, 'row-start-invalid', '/scores/rowStart/2');
    invalid({ ...good(), rowStart: Int32Array.from([0, 1, 1]) }, 'shape-mismatch', '/scores/rowStart/2');
    invalid({ ...good(), score: Float64Array.from([1]) }, 'shape-mismatch', '/scores/score');
  });

  it('rejects wrong array types and shapes', () => {
    invalid({ ...good(), rowStart: [0, 1, 2] as unknown as Int32Array }, 'type', '/scores/rowStart');
    invalid({ ...good(), colIndex: Float64Array.from([0, 1]) as unknown as Int32Array }, 'type', '/scores/colIndex');
    invalid({ ...good(), score: [1, 2] as unknown as Float64Array }, 'type', '/scores/score');
    invalid({ ...good(), rows: -1 }, 'type', '/scores/rows');
    invalid({ ...good(), cols: 1.5 }, 'type', '/scores/cols');
    invalid(good(), 'shape-mismatch', '/scores/cols', [1, 1, 1]);
    invalid(good(), 'shape-mismatch', '/options/rows', [1, 1], { rows: 3 });
  });

  it('rejects +Infinity scores and bad capacities', () => {
    invalid({ ...good(), score: Float64Array.from([1, Infinity]) }, 'score-infinite', '/scores/score/1');
    invalid(good(), 'capacity-invalid', '/capacities/1', [1, -1]);
  });
});

describe('solveAssignment on invalid input', () => {
  const invalid = (result: ReturnType<typeof solveAssignment>, code: string, path: string): void => {
    expect(result.status).toBe('invalid-input');
    expect(result.assignment.length).toBe(0);
    expect(result.matched).toBe(0);
    expect(result.errors?.[0]).toMatchObject({ code, path });
  };

  it('rejects a score row of the wrong length', () => {
    invalid(solveAssignment([[1, 2], [3]], [1, 1]), 'row-length', '/scores/1');
  });

  it('rejects a flat array that does not fit the shape', () => {
    invalid(solveAssignment(new Float64Array(5), [1, 1]), 'shape-mismatch', '/scores');
    invalid(solveAssignment(new Float64Array(4), [1, 1], { rows: 3 }), 'shape-mismatch', '/scores');
    invalid(solveAssignment(new Float64Array(4), [1, 1], { cols: 4 }), 'shape-mismatch', '/options/cols');
  });

  it('rejects negative, fractional and non-numeric capacities', () => {
    invalid(solveAssignment([[1]], [-1]), 'capacity-invalid', '/capacities/0');
    invalid(solveAssignment([[1, 1]], [1, 1.5]), 'capacity-invalid', '/capacities/1');
    invalid(solveAssignment([[1]], [NaN]), 'capacity-invalid', '/capacities/0');
  });

  it('rejects +Infinity and non-number scores', () => {
    invalid(solveAssignment([[1, Infinity]], [1, 1]), 'score-infinite', '/scores/0/1');
    invalid(solveAssignment([['x' as unknown as number]], [1]), 'type', '/scores/0/0');
  });

  it('rejects bad options', () => {
    invalid(solveAssignment(new Float64Array(2), [1, 1], { rows: -1 }), 'option-invalid', '/options/rows');
  });
});

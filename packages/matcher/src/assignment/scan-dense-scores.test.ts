import { describe, expect, it } from 'vitest';
import { scanDenseScores, type ScoreScan } from './scan-dense-scores.js';
import { seededRandom } from './test/check-assignment.js';
import { toSparseScores } from './to-sparse-scores.js';

function matrix(rows: number, cols: number, allowedInRow: (i: number) => number, seed = 1): Float64Array {
  const rand = seededRandom(seed);
  const scores = new Float64Array(rows * cols).fill(Number.NEGATIVE_INFINITY);
  for (let i = 0; i < rows; i++) for (let j = 0; j < allowedInRow(i); j++) scores[i * cols + ((j * 7 + i) % cols)] = Math.round(rand() * 100) / 100;
  return scores;
}

const scan = (scores: Float64Array, rows: number, capacities: number[], collectUpTo: number) =>
  scanDenseScores({ rows, cols: capacities.length, scores, capacities: Int32Array.from(capacities) }, { collectUpTo, countColumns: true }) as ScoreScan;

describe('scanDenseScores', () => {
  const rows = 200;
  const cols = 50;
  const open = Array.from({ length: cols }, () => 1);

  it('collects the allowed pairs of a sparse matrix as sparse rows, with their count, range and columns', () => {
    const scores = matrix(rows, cols, (i) => i % 4);
    const result = scan(scores, rows, open, 0.2 * rows * cols);
    const expected = toSparseScores(scores, rows, cols);
    expect(result.allowed).toBe(expected.colIndex.length);
    expect(result.pairs).toEqual(expected);
    expect(result.low).toBe(Math.min(...expected.score));
    expect(result.high).toBe(Math.max(...expected.score));
    expect(Array.from(result.colAllowed!).reduce((a, b) => a + b, 0)).toBe(result.allowed);
  });

  it('gives the pairs of a matrix whose first rows are dense and the rest empty, within the limit in total', () => {
    // 80 full rows, then empty ones: far over the limit pro rata after the sample rows, within it in the end.
    const scores = matrix(rows, cols, (i) => (i < 80 ? cols : 0));
    const result = scan(scores, rows, open, 80 * cols);
    expect(result.allowed).toBe(80 * cols);
    expect(result.pairs).toEqual(toSparseScores(scores, rows, cols));
  });

  it('collects nothing over the limit or when asked not to', () => {
    const scores = matrix(rows, cols, () => 10);
    expect(scan(scores, rows, open, rows * 10 - 1).pairs).toBeNull();
    expect(scan(scores, rows, open, -1).pairs).toBeNull();
    expect(scan(scores, rows, open, -1).allowed).toBe(rows * 10);
  });

  it('leaves out columns without capacity', () => {
    const scores = matrix(rows, cols, () => cols);
    const closed = open.map((_, j) => (j % 2 === 0 ? 0 : 1));
    const result = scan(scores, rows, closed, rows * cols);
    expect(result.allowed).toBe((rows * cols) / 2);
    expect(result.colAllowed![0]).toBe(0);
    expect(result.colAllowed![1]).toBe(rows);
    expect(Array.from(result.pairs!.colIndex).every((j) => j % 2 === 1)).toBe(true);
  });

  it('reports +Infinity with its row and column, in an open or a closed column', () => {
    for (const capacity of [1, 0]) {
      const scores = matrix(rows, cols, () => 3);
      scores[120 * cols + 17] = Number.POSITIVE_INFINITY;
      const capacities = open.map((c, j) => (j === 17 ? capacity : c));
      const result = scanDenseScores({ rows, cols, scores, capacities: Int32Array.from(capacities) }, { collectUpTo: -1, countColumns: false });
      expect(result).toMatchObject({ path: '/scores/120/17', code: 'score-infinite', params: { row: 120, col: 17 } });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { toSparseScores } from './to-sparse-scores.js';

describe('toSparseScores', () => {
  it('keeps the allowed entries of each row in column order', () => {
    const dense = Float64Array.from([0.5, NaN, 0.7, -Infinity, -Infinity, NaN, 0, -2, 3]);
    const sparse = toSparseScores(dense, 3, 3);
    expect(sparse.rows).toBe(3);
    expect(sparse.cols).toBe(3);
    expect(Array.from(sparse.rowStart)).toEqual([0, 2, 2, 5]);
    expect(Array.from(sparse.colIndex)).toEqual([0, 2, 0, 1, 2]);
    expect(Array.from(sparse.score)).toEqual([0.5, 0.7, 0, -2, 3]);
  });

  it('keeps +Infinity so that the solver can report it', () => {
    expect(Array.from(toSparseScores(Float64Array.from([Infinity, NaN]), 1, 2).score)).toEqual([Infinity]);
  });

  it('does not change its input', () => {
    const dense = Float64Array.from([1, NaN, 2, 3]);
    const copy = dense.slice();
    toSparseScores(dense, 2, 2);
    expect(dense).toEqual(copy);
  });

  it('gives an empty rowStart when the matrix does not hold rows × cols numbers', () => {
    expect(toSparseScores(new Float64Array(5), 2, 2).rowStart.length).toBe(0);
    expect(toSparseScores(new Float64Array(4), -2, -2).rowStart.length).toBe(0);
    expect(toSparseScores(new Float64Array(0), 0, 4).rowStart.length).toBe(1);
  });
});

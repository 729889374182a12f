/**
 * Scores of the allowed pairs only, in compressed sparse rows (CSR): the pairs of row `i` are
 * entries `rowStart[i]` to `rowStart[i + 1] - 1`, each with its column in `colIndex` and its
 * score in `score`. A pair that is absent is forbidden; NaN and -Infinity scores are forbidden
 * too. Columns within a row may come in any order but at most once.
 */
export interface SparseScores {
  rows: number;
  cols: number;
  /** Length rows + 1, starts at 0, never decreases, ends at colIndex.length. */
  rowStart: Int32Array;
  /** Column of each entry, 0 ≤ column < cols. */
  colIndex: Int32Array;
  /** Score of each entry; same length as colIndex. */
  score: Float64Array;
}

/**
 * Keeps the allowed entries (not NaN, not -Infinity) of a row-major rows × cols matrix as
 * SparseScores; +Infinity is kept so that solveAssignment reports it. When `dense` does not hold
 * rows × cols numbers, `rowStart` comes back empty and solveAssignment reports the shape.
 */
export function toSparseScores(dense: Float64Array, rows: number, cols: number): SparseScores {
  const none = { rows, cols, rowStart: new Int32Array(0), colIndex: new Int32Array(0), score: new Float64Array(0) };
  if (!(dense instanceof Float64Array) || !Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0 || rows * cols !== dense.length) return none;
  let kept = 0;
  for (let k = 0; k < dense.length; k++) if (dense[k]! > -Infinity) kept++;
  return packRows(dense, rows, cols, kept, null);
}

/** The `kept` entries above −Infinity (in columns marked in `open`, when given) as sparse rows. */
export function packRows(dense: Float64Array, rows: number, cols: number, kept: number, open: Uint8Array | null): SparseScores {
  const rowStart = new Int32Array(rows + 1);
  const colIndex = new Int32Array(kept);
  const score = new Float64Array(kept);
  for (let i = 0; i < rows; i++) rowStart[i + 1] = packRow(dense, i * cols, cols, open, colIndex, score, rowStart[i]!);
  return { rows, cols, rowStart, colIndex, score };
}

/** Writes the entries above −Infinity of the row starting at `base` from entry `e` on; returns the entry after them. */
export function packRow(dense: Float64Array, base: number, cols: number, open: Uint8Array | null, colIndex: Int32Array, score: Float64Array, e: number): number {
  for (let j = 0; j < cols; j++) {
    const s = dense[base + j]!;
    if (s > -Infinity && (open === null || open[j] === 1)) {
      colIndex[e] = j;
      score[e++] = s;
    }
  }
  return e;
}

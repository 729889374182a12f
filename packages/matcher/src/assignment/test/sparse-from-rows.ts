import type { SparseScores } from '../to-sparse-scores.js';

/**
 * Test helper: the same scores as sparse rows, built independently of toSparseScores. With `rand`,
 * each row's entries come shuffled and some forbidden entries (NaN, -Infinity) are listed rather
 * than left out, since both forms must mean the same.
 */
export function sparseFromRows(scores: number[][], cols: number, rand?: () => number): SparseScores {
  const rowStart = [0];
  const colIndex: number[] = [];
  const score: number[] = [];
  for (const row of scores) {
    const entries: [number, number][] = [];
    row.forEach((s, j) => {
      if (s > -Infinity || (rand && rand() < 0.5)) entries.push([j, s]);
    });
    if (rand) {
      for (let k = entries.length - 1; k > 0; k--) {
        const m = Math.floor(rand() * (k + 1));
        [entries[k], entries[m]] = [entries[m]!, entries[k]!];
      }
    }
    for (const [j, s] of entries) {
      colIndex.push(j);
      score.push(s);
    }
    rowStart.push(colIndex.length);
  }
  return { rows: scores.length, cols, rowStart: Int32Array.from(rowStart), colIndex: Int32Array.from(colIndex), score: Float64Array.from(score) };
}

import type { ValidationError } from '../model/index.js';
import { error, type AssignmentInput } from './read-assignment-input.js';
import type { SparseScores } from './to-sparse-scores.js';

/** What one pass over the scores found, counting only columns with capacity. */
export interface ScoreScan {
  allowed: number;
  low: number;
  high: number;
  /** Allowed pairs per column (0 for columns without capacity). */
  colAllowed: Int32Array;
  /** The allowed pairs of columns with capacity, when collected. */
  pairs: SparseScores | null;
}

function grow<T extends Int32Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as { new (n: number): T })(size);
  b.set(a);
  return b;
}

/**
 * One pass over a dense matrix: rejects +Infinity, counts the allowed pairs, finds their range
 * and, while their number stays within `collectUpTo`, keeps them as sparse rows (so the sparse
 * kernel never reads the matrix again).
 */
export function scanDenseScores(input: AssignmentInput, collectUpTo: number): ScoreScan | ValidationError {
  const { rows, cols, scores, capacities } = input;
  const open = new Uint8Array(cols);
  for (let j = 0; j < cols; j++) open[j] = capacities[j]! > 0 ? 1 : 0;
  let collect = collectUpTo >= 0;
  const rowStart = new Int32Array(collect ? rows + 1 : 0);
  let size = Math.max(0, Math.min(collectUpTo, 1024 + 16 * rows));
  let colIndex = new Int32Array(collect ? size : 0);
  let score = new Float64Array(collect ? size : 0);
  const colAllowed = new Int32Array(cols);
  let allowed = 0;
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    for (let j = 0; j < cols; j++) {
      const s = scores[base + j]!;
      // False for NaN and -Infinity alike.
      if (!(s > -Infinity)) continue;
      if (s === Infinity) return error(`/scores/${i}/${j}`, 'score-infinite', 'scores', 'a score must be finite, -Infinity or NaN', { row: i, col: j, got: 'Infinity' });
      if (open[j] === 0) continue;
      colAllowed[j]!++;
      if (s < low) low = s;
      if (s > high) high = s;
      if (collect) {
        if (allowed === size) {
          if (allowed >= collectUpTo) {
            collect = false;
          } else {
            size = Math.min(collectUpTo, 2 * size);
            colIndex = grow(colIndex, size);
            score = grow(score, size);
          }
        }
        if (collect) {
          colIndex[allowed] = j;
          score[allowed] = s;
        }
      }
      allowed++;
    }
    if (collect) rowStart[i + 1] = allowed;
  }
  const pairs = collect ? { rows, cols, rowStart, colIndex: colIndex.subarray(0, allowed), score: score.subarray(0, allowed) } : null;
  return { allowed, low, high, colAllowed, pairs };
}

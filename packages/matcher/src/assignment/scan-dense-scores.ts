import type { ValidationError } from '../model/index.js';
import { error, type AssignmentInput } from './read-assignment-input.js';
import { packRows, type SparseScores } from './to-sparse-scores.js';

/** What a pass over the scores found, counting only columns with capacity. */
export interface ScoreScan {
  allowed: number;
  low: number;
  high: number;
  /** Allowed pairs per column (0 for columns without capacity), when counted. */
  colAllowed: Int32Array | null;
  /** The allowed pairs of columns with capacity, when collected. */
  pairs: SparseScores | null;
}

export interface ScanOptions {
  /** Collect the allowed pairs as sparse rows when there are at most this many (−1: never). */
  collectUpTo: number;
  /** Count the allowed pairs of each column. */
  countColumns: boolean;
}

function infiniteScore(input: AssignmentInput): ValidationError {
  const at = input.scores.indexOf(Infinity);
  const i = Math.floor(at / input.cols);
  const j = at - i * input.cols;
  return error(`/scores/${i}/${j}`, 'score-infinite', 'scores', 'a score must be finite, -Infinity or NaN', { row: i, col: j, got: 'Infinity' });
}

/** Count and range of the allowed pairs; per column too when asked. Branch-light: this pass reads every entry. */
function countAllowed(input: AssignmentInput, open: Uint8Array, allOpen: boolean, colAllowed: Int32Array | null): ScoreScan {
  const { rows, cols, scores } = input;
  let allowed = 0;
  let low = Infinity;
  let high = -Infinity;
  if (allOpen && !colAllowed) {
    for (let k = 0; k < scores.length; k++) {
      const s = scores[k]!;
      // False for NaN and -Infinity alike.
      if (!(s > -Infinity)) continue;
      allowed++;
      if (s < low) low = s;
      if (s > high) high = s;
    }
    return { allowed, low, high, colAllowed, pairs: null };
  }
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    for (let j = 0; j < cols; j++) {
      const s = scores[base + j]!;
      if (!(s > -Infinity) || open[j] === 0) continue;
      allowed++;
      if (colAllowed) colAllowed[j]!++;
      if (s < low) low = s;
      if (s > high) high = s;
    }
  }
  return { allowed, low, high, colAllowed, pairs: null };
}

/**
 * Reads a dense matrix: rejects +Infinity, counts the allowed pairs and finds their range; when
 * they are few enough, keeps them as sparse rows (so the sparse kernel never reads the matrix again).
 */
export function scanDenseScores(input: AssignmentInput, options: ScanOptions): ScoreScan | ValidationError {
  const { cols, capacities } = input;
  const open = new Uint8Array(cols);
  let allOpen = true;
  for (let j = 0; j < cols; j++) {
    open[j] = capacities[j]! > 0 ? 1 : 0;
    if (open[j] === 0) allOpen = false;
  }
  const scan = countAllowed(input, open, allOpen, options.countColumns ? new Int32Array(cols) : null);
  if (scan.high === Infinity || (scan.allowed < input.scores.length && input.scores.includes(Infinity))) return infiniteScore(input);
  if (scan.allowed <= options.collectUpTo) scan.pairs = packRows(input.scores, input.rows, cols, scan.allowed, open);
  return scan;
}

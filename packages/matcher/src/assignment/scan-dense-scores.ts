import type { ValidationError } from '../model/index.js';
import { error, type AssignmentInput } from './read-assignment-input.js';
import { packRow, packRows, type SparseScores } from './to-sparse-scores.js';

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

/** Rows read before the share of allowed pairs may stop the collecting early. */
const SAMPLE_ROWS = 64;

function infiniteScore(input: AssignmentInput): ValidationError {
  const at = input.scores.indexOf(Infinity);
  const i = Math.floor(at / input.cols);
  const j = at - i * input.cols;
  return error(`/scores/${i}/${j}`, 'score-infinite', 'scores', 'a score must be finite, -Infinity or NaN', { row: i, col: j, got: 'Infinity' });
}

/** Sparse rows being collected; arrays grow by doubling. */
interface Collected {
  rowStart: Int32Array;
  colIndex: Int32Array;
  score: Float64Array;
}

function grow<T extends Int32Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as { new (n: number): T })(size);
  b.set(a);
  return b;
}

/** Appends row `i`'s allowed pairs of open columns (entries `from` to `to` − 1 of the collection). */
function collectRow(input: AssignmentInput, open: Uint8Array, c: Collected, i: number, from: number, to: number): void {
  if (to > c.colIndex.length) {
    const size = Math.max(to, 2 * c.colIndex.length);
    c.colIndex = grow(c.colIndex, size);
    c.score = grow(c.score, size);
  }
  packRow(input.scores, i * input.cols, input.cols, open, c.colIndex, c.score, from);
  c.rowStart[i + 1] = to;
}

/**
 * Reads a dense matrix row by row: rejects +Infinity, counts the allowed pairs and finds their
 * range; while they stay few enough, keeps them as sparse rows (so the sparse kernel never reads
 * the matrix again). A row is collected right after it is counted, while it is still in cache.
 */
export function scanDenseScores(input: AssignmentInput, options: ScanOptions): ScoreScan | ValidationError {
  const { rows, cols, scores, capacities } = input;
  const open = new Uint8Array(cols);
  let allOpen = true;
  for (let j = 0; j < cols; j++) {
    open[j] = capacities[j]! > 0 ? 1 : 0;
    if (open[j] === 0) allOpen = false;
  }
  const colAllowed = options.countColumns ? new Int32Array(cols) : null;
  const limit = options.collectUpTo;
  const first = Math.max(0, Math.min(limit, 1024 + 16 * rows));
  let collected: Collected | null = limit >= 0 ? { rowStart: new Int32Array(rows + 1), colIndex: new Int32Array(first), score: new Float64Array(first) } : null;
  let allowed = 0;
  let low = Infinity;
  let high = -Infinity;
  const plain = allOpen && !colAllowed;
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    const before = allowed;
    if (plain) {
      for (let k = base; k < base + cols; k++) {
        const s = scores[k]!;
        // False for NaN and -Infinity alike.
        if (!(s > -Infinity)) continue;
        allowed++;
        if (s < low) low = s;
        if (s > high) high = s;
      }
    } else {
      for (let j = 0; j < cols; j++) {
        const s = scores[base + j]!;
        if (!(s > -Infinity) || open[j] === 0) continue;
        allowed++;
        if (colAllowed) colAllowed[j]!++;
        if (s < low) low = s;
        if (s > high) high = s;
      }
    }
    if (!collected) continue;
    // More pairs than the limit allows pro rata, after a sample of rows: most likely the dense kernel
    // runs. Should the rest be sparse enough after all, the pairs are packed in a second pass.
    if (allowed > limit || (i >= SAMPLE_ROWS && allowed > (limit * (i + 1)) / rows)) collected = null;
    else collectRow(input, open, collected, i, before, allowed);
  }
  // +Infinity in an open column is counted and shows in `high`; closed columns need a look of their own.
  if (high === Infinity || (!allOpen && scores.includes(Infinity))) return infiniteScore(input);
  let pairs: SparseScores | null = null;
  if (collected) pairs = { rows, cols, rowStart: collected.rowStart, colIndex: collected.colIndex.subarray(0, allowed), score: collected.score.subarray(0, allowed) };
  else if (allowed <= limit) pairs = packRows(scores, rows, cols, allowed, open);
  return { allowed, low, high, colAllowed, pairs };
}

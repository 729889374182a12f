import type { ValidationError } from '../model/index.js';
import type { SolveAssignmentOptions } from './assignment-result.js';
import { error, isCount, readCapacities } from './read-assignment-input.js';
import type { ScoreScan } from './scan-dense-scores.js';
import type { SparseScores } from './to-sparse-scores.js';

export type SparseInputResult = { ok: true; pairs: SparseScores; capacities: Int32Array; scan: ScoreScan } | { ok: false; errors: ValidationError[] };

/** True for an object shaped like SparseScores (checked in detail by readSparseScores). */
export function isSparseScores(scores: unknown): scores is SparseScores {
  return scores != null && typeof scores === 'object' && !Array.isArray(scores) && !ArrayBuffer.isView(scores) && 'rowStart' in scores;
}

function readSparseShape(scores: SparseScores, capacities: ArrayLike<number>, options: SolveAssignmentOptions): ValidationError | null {
  for (const key of ['rows', 'cols'] as const) {
    if (!isCount(scores[key])) return error(`/scores/${key}`, 'type', key, `scores.${key} must be an integer >= 0`, { expected: 'integer >= 0', got: String(scores[key]) });
    const given = options[key];
    if (given !== undefined && given !== scores[key]) return error(`/options/${key}`, 'shape-mismatch', key, `options.${key} must equal scores.${key}`, { expected: scores[key], got: given });
  }
  const cols = capacities != null && typeof capacities === 'object' && isCount(capacities.length) ? capacities.length : 0;
  if (scores.cols !== cols) return error('/scores/cols', 'shape-mismatch', 'cols', 'scores.cols must equal the number of capacities', { expected: cols, got: scores.cols });
  const arrays = [
    ['rowStart', Int32Array, 'Int32Array'],
    ['colIndex', Int32Array, 'Int32Array'],
    ['score', Float64Array, 'Float64Array'],
  ] as const;
  for (const [key, type, name] of arrays) {
    if (!(scores[key] instanceof type)) return error(`/scores/${key}`, 'type', key, `scores.${key} must be an ${name}`, { expected: name });
  }
  const { rows, rowStart, colIndex, score } = scores;
  if (rowStart.length !== rows + 1) return error('/scores/rowStart', 'shape-mismatch', 'rowStart', 'scores.rowStart must have rows + 1 entries', { expected: rows + 1, got: rowStart.length });
  if (score.length !== colIndex.length) return error('/scores/score', 'shape-mismatch', 'score', 'scores.score must have one entry per column index', { expected: colIndex.length, got: score.length });
  if (rowStart[0] !== 0) return error('/scores/rowStart/0', 'row-start-invalid', 'rowStart', 'scores.rowStart must start at 0', { index: 0, expected: 0, got: rowStart[0] });
  for (let i = 0; i < rows; i++) {
    if (rowStart[i + 1]! < rowStart[i]!) {
      return error(`/scores/rowStart/${i + 1}`, 'row-start-invalid', 'rowStart', 'scores.rowStart must never decrease', { index: i + 1, expected: `>= ${rowStart[i]}`, got: rowStart[i + 1] });
    }
  }
  if (rowStart[rows] !== colIndex.length) {
    return error(`/scores/rowStart/${rows}`, 'shape-mismatch', 'rowStart', 'scores.rowStart must end at the number of entries', { index: rows, expected: colIndex.length, got: rowStart[rows] });
  }
  return null;
}

/** Checks every entry once: column in range and not repeated in its row, score not +Infinity; counts the allowed pairs of open columns. */
function scanEntries(scores: SparseScores, capacities: Int32Array): ScoreScan | ValidationError {
  const { rows, cols, rowStart, colIndex, score } = scores;
  const seenInRow = new Int32Array(cols).fill(-1);
  const colAllowed = new Int32Array(cols);
  let allowed = 0;
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < rows; i++) {
    const end = rowStart[i + 1]!;
    for (let e = rowStart[i]!; e < end; e++) {
      const j = colIndex[e]!;
      if (!(j >= 0 && j < cols)) {
        return error(`/scores/colIndex/${e}`, 'column-out-of-range', 'colIndex', 'a column index must be >= 0 and < cols', { index: e, row: i, expected: `0..${cols - 1}`, got: j });
      }
      if (seenInRow[j] === i) return error(`/scores/colIndex/${e}`, 'duplicate-pair', 'colIndex', 'a column may appear once per row', { index: e, row: i, col: j });
      seenInRow[j] = i;
      const s = score[e]!;
      if (!(s > -Infinity)) continue;
      if (s === Infinity) return error(`/scores/score/${e}`, 'score-infinite', 'score', 'a score must be finite, -Infinity or NaN', { index: e, row: i, col: j, got: 'Infinity' });
      if (capacities[j] === 0) continue;
      colAllowed[j]!++;
      allowed++;
      if (s < low) low = s;
      if (s > high) high = s;
    }
  }
  return { allowed, low, high, colAllowed, pairs: scores };
}

/** Validates sparse scores and capacities in one pass over the entries; never changes them. */
export function readSparseScores(scores: SparseScores, capacities: ArrayLike<number>, options: SolveAssignmentOptions): SparseInputResult {
  const caps = readCapacities(capacities, isCount(scores.rows) ? scores.rows : 0);
  if ('path' in caps) return { ok: false, errors: [caps] };
  const shape = readSparseShape(scores, capacities, options);
  if (shape) return { ok: false, errors: [shape] };
  const scan = scanEntries(scores, caps);
  if ('path' in scan) return { ok: false, errors: [scan] };
  return { ok: true, pairs: scores, capacities: caps, scan };
}

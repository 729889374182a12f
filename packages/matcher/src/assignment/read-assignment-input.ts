import type { ValidationError } from '../model/index.js';
import type { SolveAssignmentOptions } from './assignment-result.js';

/** Checked input: scores as one row-major array (read only), capacities as integers. */
export interface AssignmentInput {
  rows: number;
  cols: number;
  scores: Float64Array;
  capacities: Int32Array;
}

export type AssignmentInputResult = { ok: true; input: AssignmentInput } | { ok: false; errors: ValidationError[] };

export function error(path: string, code: string, field: string, message: string, params: Record<string, unknown>): ValidationError {
  return { path, code, field, message, params };
}

export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

export function readCapacities(capacities: ArrayLike<number>, rows: number): Int32Array | ValidationError {
  if (capacities == null || typeof capacities !== 'object' || !isCount(capacities.length)) {
    return error('/capacities', 'type', 'capacities', 'capacities must be an array of integers', { expected: 'array' });
  }
  const out = new Int32Array(capacities.length);
  for (let j = 0; j < capacities.length; j++) {
    const c = capacities[j];
    if (!isCount(c)) {
      return error(`/capacities/${j}`, 'capacity-invalid', 'capacities', 'a capacity must be an integer >= 0', { index: j, expected: 'integer >= 0', got: String(c) });
    }
    // More places than rows never matter; clamping keeps slot arrays small.
    out[j] = Math.min(c, rows);
  }
  return out;
}

function readShape(scores: Float64Array | number[][], cols: number, options: SolveAssignmentOptions): { rows: number; cols: number } | ValidationError {
  for (const key of ['rows', 'cols'] as const) {
    const value = options[key];
    if (value !== undefined && !isCount(value)) {
      return error(`/options/${key}`, 'option-invalid', key, `options.${key} must be an integer >= 0`, { expected: 'integer >= 0', got: String(value) });
    }
  }
  if (options.cols !== undefined && options.cols !== cols) {
    return error('/options/cols', 'shape-mismatch', 'cols', 'options.cols must equal the number of capacities', { expected: cols, got: options.cols });
  }
  if (scores instanceof Float64Array) {
    const rows = options.rows ?? (cols > 0 ? scores.length / cols : 0);
    if (!Number.isInteger(rows) || rows * cols !== scores.length) {
      return error('/scores', 'shape-mismatch', 'scores', 'scores length must equal rows × cols', { expected: rows * cols, got: scores.length, cols });
    }
    return { rows, cols };
  }
  if (!Array.isArray(scores)) {
    return error('/scores', 'type', 'scores', 'scores must be a Float64Array, an array of rows or sparse scores', { expected: 'Float64Array | number[][] | SparseScores' });
  }
  if (options.rows !== undefined && options.rows !== scores.length) {
    return error('/options/rows', 'shape-mismatch', 'rows', 'options.rows must equal the number of score rows', { expected: scores.length, got: options.rows });
  }
  return { rows: scores.length, cols };
}

function copyRows(scores: number[][], rows: number, cols: number): Float64Array | ValidationError {
  const flat = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const row = scores[i];
    if (!Array.isArray(row) || row.length !== cols) {
      return error(`/scores/${i}`, 'row-length', 'scores', 'each score row needs one entry per capacity', { index: i, expected: cols, got: Array.isArray(row) ? row.length : typeof row });
    }
    for (let j = 0; j < cols; j++) {
      const s = row[j];
      if (typeof s !== 'number') {
        return error(`/scores/${i}/${j}`, 'type', 'scores', 'a score must be a number', { row: i, col: j, expected: 'number', got: typeof s });
      }
      flat[i * cols + j] = s;
    }
  }
  return flat;
}

/** Validates shapes and types; -Infinity and NaN stay as they are (forbidden pairs); scanDenseScores rejects +Infinity. */
export function readAssignmentInput(scores: Float64Array | number[][], capacities: ArrayLike<number>, options: SolveAssignmentOptions): AssignmentInputResult {
  const cols = capacities != null && typeof capacities === 'object' && isCount(capacities.length) ? capacities.length : 0;
  const shape = readShape(scores, cols, options);
  if ('path' in shape) return { ok: false, errors: [shape] };
  const caps = readCapacities(capacities, shape.rows);
  if ('path' in caps) return { ok: false, errors: [caps] };
  const flat = scores instanceof Float64Array ? scores : copyRows(scores, shape.rows, shape.cols);
  if ('path' in flat) return { ok: false, errors: [flat] };
  return { ok: true, input: { rows: shape.rows, cols: shape.cols, scores: flat, capacities: caps } };
}

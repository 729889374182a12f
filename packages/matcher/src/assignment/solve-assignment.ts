import type { ValidationError } from '../model/index.js';
import { ASSIGNMENT_STATUS, type AssignmentResult, type SolveAssignmentOptions } from './assignment-result.js';
import { buildDenseCosts, buildSparseCosts, densePairs, describeProblem, type KernelProblem } from './build-kernel-problem.js';
import type { KernelState } from './kernel-state.js';
import { readAssignmentInput } from './read-assignment-input.js';
import { isSparseScores, readSparseScores } from './read-sparse-scores.js';
import { scanDenseScores, type ScoreScan } from './scan-dense-scores.js';
import { solveDenseKernel } from './solve-dense-kernel.js';
import { solveSparseKernel } from './solve-sparse-kernel.js';
import type { SparseScores } from './to-sparse-scores.js';

export const DEFAULT_SOLVE_ASSIGNMENT_OPTIONS = Object.freeze({
  kernel: 'auto' as 'auto' | 'dense' | 'sparse',
  /** Below this share of allowed pairs the sparse kernel is used. */
  sparseDensity: 0.3,
});

export interface SolveAssignmentTuning {
  /** Force a kernel; both are exact, 'auto' picks by the share of allowed pairs. */
  kernel?: 'auto' | 'dense' | 'sparse';
  sparseDensity?: number;
}

/** The scores once read: dense (row-major) or sparse, with what their scan found. */
interface ReadScores {
  rows: number;
  cols: number;
  capacities: Int32Array;
  dense: Float64Array | null;
  scan: ScoreScan;
}

/** Largest number of allowed pairs for which 'auto' picks the sparse kernel; -1 when the dense one is forced. */
function sparseLimit(rows: number, capacities: Int32Array, tuning: SolveAssignmentTuning): number {
  const kernel = tuning.kernel ?? DEFAULT_SOLVE_ASSIGNMENT_OPTIONS.kernel;
  if (kernel !== 'auto') return kernel === 'sparse' ? Infinity : -1;
  let open = 0;
  for (const c of capacities) if (c > 0) open++;
  const density = tuning.sparseDensity ?? DEFAULT_SOLVE_ASSIGNMENT_OPTIONS.sparseDensity;
  return Math.ceil(density * rows * open) - 1;
}

function readScores(
  scores: Float64Array | number[][] | SparseScores,
  capacities: ArrayLike<number>,
  options: SolveAssignmentOptions & SolveAssignmentTuning,
): ReadScores | ValidationError[] {
  if (isSparseScores(scores)) {
    const read = readSparseScores(scores, capacities, options);
    if (!read.ok) return read.errors;
    return { rows: scores.rows, cols: scores.cols, capacities: read.capacities, dense: null, scan: read.scan };
  }
  const read = readAssignmentInput(scores, capacities, options);
  if (!read.ok) return read.errors;
  const { rows, cols, capacities: caps, scores: dense } = read.input;
  let places = 0;
  for (const c of caps) places += c;
  const scan = scanDenseScores(read.input, { collectUpTo: sparseLimit(rows, caps, options), countColumns: rows > places });
  if ('path' in scan) return [scan];
  return { rows, cols, capacities: caps, dense, scan };
}

/**
 * Cost of leaving a row unmatched: more than any difference in total cost between matchings, so
 * one more matched row always wins over any score gain.
 */
function unmatchedCost(problem: KernelProblem): number {
  let places = 0;
  for (const c of problem.colCap) places += c;
  const rows = problem.transposed ? problem.places : problem.rowSource.length;
  const most = Math.min(rows, places);
  const range = problem.maxCost - problem.minCost;
  return (most + 2) * range + 2 * Math.abs(problem.maxCost) + 1;
}

function runKernels(read: ReadScores, problem: KernelProblem, tuning: SolveAssignmentTuning): KernelState {
  const { rows, cols, capacities, scan } = read;
  const pairs = scan.pairs;
  if (pairs && sparseLimit(rows, capacities, tuning) >= scan.allowed) {
    const costs = buildSparseCosts(pairs, problem);
    return (
      solveSparseKernel(costs, problem.colCap, NaN, { jvStart: problem.unitSquare }) ??
      solveSparseKernel(costs, problem.colCap, unmatchedCost(problem), { jvStart: false })!
    );
  }
  const dense = read.dense ?? densePairs(pairs!);
  const costs = buildDenseCosts({ rows, cols, scores: dense, capacities }, problem);
  return (
    solveDenseKernel(costs, problem.colCap, NaN, { jvStart: problem.square }) ??
    solveDenseKernel(costs, problem.colCap, unmatchedCost(problem), { jvStart: false })!
  );
}

function mentorPerMentee(rows: number, problem: KernelProblem, st: KernelState): Int32Array {
  const assignment = new Int32Array(rows).fill(-1);
  for (let r = 0; r < st.rows; r++) {
    const c = st.col4row[r]!;
    if (c < 0 || c >= st.cols) continue;
    if (problem.transposed) assignment[c] = problem.mentorOf[problem.rowSource[r]!]!;
    else assignment[r] = problem.mentorOf[c]!;
  }
  return assignment;
}

function pairScore(read: ReadScores, i: number, j: number): number {
  if (read.dense) return read.dense[i * read.cols + j]!;
  const { rowStart, colIndex, score } = read.scan.pairs!;
  for (let k = rowStart[i]!; k < rowStart[i + 1]!; k++) if (colIndex[k] === j) return score[k]!;
  return NaN;
}

/**
 * Pairs rows (mentees) with columns (mentors) so that as many rows as possible get a column within
 * the capacities, and among those pairings the total score is highest. Exact.
 *
 * `scores` is a row-major Float64Array (rows × capacities.length; give `options.rows` when there
 * are no columns), an array of rows, or {@link SparseScores} listing the allowed pairs only (the
 * fastest form when most pairs are forbidden: the matrix is never built). -Infinity or NaN, or a
 * pair absent from sparse scores, forbids it. Invalid input gives status 'invalid-input' and
 * errors (code, path, params) instead of an exception; inputs are never changed.
 */
export function solveAssignment(
  scores: Float64Array | number[][] | SparseScores,
  capacities: ArrayLike<number>,
  options: SolveAssignmentOptions & SolveAssignmentTuning = {},
): AssignmentResult {
  const read = readScores(scores, capacities, options ?? {});
  if (Array.isArray(read)) return { assignment: new Int32Array(0), matched: 0, total: 0, status: ASSIGNMENT_STATUS.invalidInput, errors: read };
  const problem = describeProblem(read.rows, read.capacities, read.scan);
  if (problem.allowed === 0) {
    return { assignment: new Int32Array(read.rows).fill(-1), matched: 0, total: 0, status: ASSIGNMENT_STATUS.optimal };
  }
  const assignment = mentorPerMentee(read.rows, problem, runKernels(read, problem, options ?? {}));
  let matched = 0;
  let total = 0;
  for (let i = 0; i < read.rows; i++) {
    const j = assignment[i]!;
    if (j < 0) continue;
    matched++;
    total += pairScore(read, i, j);
  }
  return { assignment, matched, total, status: ASSIGNMENT_STATUS.optimal };
}

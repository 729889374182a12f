import type { AssignmentInput } from './read-assignment-input.js';
import type { ScoreScan } from './scan-dense-scores.js';
import type { DenseCosts } from './solve-dense-kernel.js';
import type { SparseCosts } from './solve-sparse-kernel.js';
import type { SparseScores } from './to-sparse-scores.js';

/**
 * The problem as the kernels see it: costs (negated, scaled scores), rows that must each get one
 * column, columns with capacities. When mentees outnumber places, rows are the mentors' places and
 * columns the mentees (unit capacity), so the side that can be fully matched drives the search.
 */
export interface KernelProblem {
  transposed: boolean;
  /** Mentor index of each kernel column (normal) or of each cost row (transposed). */
  mentorOf: Int32Array;
  colCap: Int32Array;
  rowSource: Int32Array;
  /** Places of all columns with capacity, those left out of `rowSource` included. */
  places: number;
  allowed: number;
  minCost: number;
  maxCost: number;
  /** Power of two applied to every cost. */
  scale: number;
  /** True when every pair is allowed, rows = columns and each capacity is 1. */
  square: boolean;
  /** True when rows = columns and each capacity is 1 (pairs may be forbidden). */
  unitSquare: boolean;
}

/** Exact power-of-two scale that keeps sums of huge scores finite. */
function costScale(maxAbs: number): number {
  return maxAbs > 1e100 ? 2 ** -Math.ceil(Math.log2(maxAbs)) : 1;
}

/** Chooses the orientation and scale from the capacities and what the scan of the scores found. */
export function describeProblem(rows: number, capacities: Int32Array, scan: ScoreScan): KernelProblem {
  const cols = capacities.length;
  const open: number[] = [];
  let places = 0;
  for (let j = 0; j < cols; j++) {
    if (capacities[j]! > 0) {
      open.push(j);
      places += capacities[j]!;
    }
  }
  const mentorOf = Int32Array.from(open);
  const { allowed, low, high } = scan;
  const scale = costScale(Math.max(Math.abs(low), Math.abs(high)));
  const minCost = -high * scale;
  const maxCost = -low * scale;
  const transposed = rows > places;
  if (!transposed) {
    const colCap = Int32Array.from(open, (j) => capacities[j]!);
    const rowSource = Int32Array.from({ length: rows }, (_, i) => i);
    const unitSquare = rows === open.length && colCap.every((c) => c === 1);
    const square = unitSquare && allowed === rows * open.length;
    return { transposed, mentorOf, colCap, rowSource, places, allowed, minCost, maxCost, scale, square, unitSquare };
  }
  // A mentor with no allowed pair never fills a place; leaving those places out changes no other
  // row's search and lets the run without unmatched rows succeed when every other place can be filled.
  let usable = 0;
  const colAllowed = scan.colAllowed!;
  for (const j of open) if (colAllowed[j]! > 0) usable += capacities[j]!;
  const rowSource = new Int32Array(usable);
  let r = 0;
  open.forEach((j, jj) => {
    if (colAllowed[j] === 0) return;
    for (let c = 0; c < capacities[j]!; c++) rowSource[r++] = jj;
  });
  return { transposed, mentorOf, colCap: new Int32Array(rows).fill(1), rowSource, places, allowed, minCost, maxCost, scale, square: false, unitSquare: false };
}

/** Rows × columns block size of the transposing copy: both sides stay in cache. */
const TILE = 64;

/**
 * Dense profits (scaled scores; −Infinity or NaN where forbidden) in the kernel's orientation:
 * the caller's matrix itself when every column is open and nothing needs scaling.
 */
export function buildDenseCosts(input: AssignmentInput, problem: KernelProblem): DenseCosts {
  const { rows, cols, scores } = input;
  const { mentorOf, transposed, rowSource, scale } = problem;
  const open = mentorOf.length;
  if (!transposed && open === cols && scale === 1) return { profit: scores, stride: cols, rowSource };
  const profit = new Float64Array(rows * open);
  if (!transposed) {
    for (let i = 0; i < rows; i++) {
      for (let jj = 0; jj < open; jj++) profit[i * open + jj] = scores[i * cols + mentorOf[jj]!]! * scale;
    }
    return { profit, stride: open, rowSource };
  }
  for (let i0 = 0; i0 < rows; i0 += TILE) {
    const i1 = Math.min(rows, i0 + TILE);
    for (let j0 = 0; j0 < open; j0 += TILE) {
      const j1 = Math.min(open, j0 + TILE);
      for (let jj = j0; jj < j1; jj++) {
        const j = mentorOf[jj]!;
        for (let i = i0; i < i1; i++) profit[jj * rows + i] = scores[i * cols + j]! * scale;
      }
    }
  }
  return { profit, stride: rows, rowSource };
}

/** Kernel column of each caller column, -1 for a column without capacity. */
function kernelColumns(cols: number, mentorOf: Int32Array): Int32Array {
  const colOf = new Int32Array(cols).fill(-1);
  for (let jj = 0; jj < mentorOf.length; jj++) colOf[mentorOf[jj]!] = jj;
  return colOf;
}

/** Adjacency lists of the allowed pairs only, read from sparse scores (forbidden and closed entries dropped). */
export function buildSparseCosts(pairs: SparseScores, problem: KernelProblem): SparseCosts {
  const { rows, cols, rowStart: pairStart, colIndex, score } = pairs;
  const { mentorOf, transposed, rowSource, allowed, scale } = problem;
  const colOf = kernelColumns(cols, mentorOf);
  const lists = transposed ? mentorOf.length : rows;
  const rowStart = new Int32Array(lists + 1);
  const colIdx = new Int32Array(allowed);
  const cost = new Float64Array(allowed);
  if (!transposed) {
    let e = 0;
    for (let i = 0; i < rows; i++) {
      const end = pairStart[i + 1]!;
      for (let k = pairStart[i]!; k < end; k++) {
        const s = score[k]!;
        const jj = colOf[colIndex[k]!]!;
        if (!(s > -Infinity) || jj < 0) continue;
        colIdx[e] = jj;
        cost[e++] = -s * scale;
      }
      rowStart[i + 1] = e;
    }
    return { rowStart, colIdx, cost, rowSource };
  }
  for (let k = 0; k < colIndex.length; k++) {
    const jj = colOf[colIndex[k]!]!;
    if (score[k]! > -Infinity && jj >= 0) rowStart[jj + 1]!++;
  }
  for (let jj = 0; jj < lists; jj++) rowStart[jj + 1]! += rowStart[jj]!;
  const fill = rowStart.slice(0, lists);
  for (let i = 0; i < rows; i++) {
    const end = pairStart[i + 1]!;
    for (let k = pairStart[i]!; k < end; k++) {
      const s = score[k]!;
      const jj = colOf[colIndex[k]!]!;
      if (!(s > -Infinity) || jj < 0) continue;
      const e = fill[jj]!++;
      colIdx[e] = i;
      cost[e] = -s * scale;
    }
  }
  return { rowStart, colIdx, cost, rowSource };
}

/** Sparse scores written out as a dense matrix (NaN where a pair is absent), for the dense kernel. */
export function densePairs(pairs: SparseScores): AssignmentInput['scores'] {
  const { rows, cols, rowStart, colIndex, score } = pairs;
  const dense = new Float64Array(rows * cols).fill(NaN);
  for (let i = 0; i < rows; i++) {
    for (let k = rowStart[i]!; k < rowStart[i + 1]!; k++) dense[i * cols + colIndex[k]!] = score[k]!;
  }
  return dense;
}

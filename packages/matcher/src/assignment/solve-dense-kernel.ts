/*
 * Shortest augmenting paths with dual variables on a dense cost matrix, columns with capacities.
 * Search and dual update follow D. F. Crouse, "On implementing 2D rectangular assignment
 * algorithms", IEEE Trans. Aerospace and Electronic Systems 52(4), 2016; the start (column
 * reduction, reduction transfer, augmenting row reduction) follows R. Jonker and A. Volgenant,
 * "A shortest augmenting path algorithm for dense and sparse linear assignment problems",
 * Computing 38, 325–340, 1987.
 */
import { augment, createKernelState, placeRow, updateDuals, type KernelState } from './kernel-state.js';

/** Row-major costs; kernel row `r` reads cost row `rowSource[r]`. +Infinity marks a forbidden pair. */
export interface DenseCosts {
  cost: Float64Array;
  stride: number;
  rowSource: Int32Array;
}

export interface DenseKernelOptions {
  /** Jonker–Volgenant start; valid only when every column has capacity 1, rows = cols and no cost is infinite. */
  jvStart: boolean;
}

/** Solves to optimality, or returns null when some row cannot reach a column with room. */
export function solveDenseKernel(costs: DenseCosts, colCap: Int32Array, dummyCost: number, options: DenseKernelOptions): KernelState | null {
  const st = createKernelState(costs.rowSource.length, colCap, dummyCost);
  const free = new Int32Array(st.rows);
  let numFree = 0;
  if (options.jvStart && st.rows === st.cols && st.rows > 1) {
    numFree = jvStart(st, costs, free);
  } else {
    for (let i = 0; i < st.rows; i++) free[numFree++] = i;
  }
  const remaining = new Int32Array(st.cols);
  for (let k = 0; k < numFree; k++) {
    if (shortestPath(st, costs, free[k]!, remaining) < 0) return null;
  }
  return st;
}

/** One Dijkstra search from the free row `cur`, then the dual update and the augmentation; -1 when no column has room. */
function shortestPath(st: KernelState, costs: DenseCosts, cur: number, remaining: Int32Array): number {
  const { u, v, d, pathRow, cap, load, slots, slotStart } = st;
  const { cost, stride, rowSource } = costs;
  const C = st.cols;
  const dummyCost = st.dummyCost;
  const hasDummy = !Number.isNaN(dummyCost);
  for (let k = 0; k < C; k++) remaining[k] = C - 1 - k;
  d.fill(Infinity);
  let numRem = C;
  let minVal = 0;
  let nScR = 0;
  let nScC = 0;
  let from = 0;
  let to = 1;
  let first = true;
  let sink = -1;
  while (sink < 0) {
    let lowest = Infinity;
    let index = -1;
    for (let q = from; q < to; q++) {
      const i = first ? cur : slots[q]!;
      const base = rowSource[i]! * stride;
      const h = minVal - u[i]!;
      if (q < to - 1) {
        for (let k = 0; k < numRem; k++) {
          const j = remaining[k]!;
          const r = h + cost[base + j]! - v[j]!;
          if (r < d[j]!) {
            d[j] = r;
            pathRow[j] = i;
          }
        }
      } else {
        for (let k = 0; k < numRem; k++) {
          const j = remaining[k]!;
          const r = h + cost[base + j]! - v[j]!;
          if (r < d[j]!) {
            d[j] = r;
            pathRow[j] = i;
          }
          const dj = d[j]!;
          if (dj < lowest || (dj === lowest && load[j]! < cap[j]!)) {
            lowest = dj;
            index = k;
          }
        }
      }
      if (hasDummy && h + dummyCost < d[C]!) {
        d[C] = h + dummyCost;
        pathRow[C] = i;
      }
    }
    if (hasDummy && d[C]! < lowest) {
      minVal = d[C]!;
      sink = C;
      break;
    }
    if (index < 0 || lowest === Infinity) return -1;
    minVal = lowest;
    const j = remaining[index]!;
    remaining[index] = remaining[--numRem]!;
    if (load[j]! < cap[j]!) {
      sink = j;
      break;
    }
    st.scannedCols[nScC++] = j;
    from = slotStart[j]!;
    to = from + cap[j]!;
    for (let q = from; q < to; q++) st.scannedRows[nScR++] = slots[q]!;
    first = false;
  }
  updateDuals(st, cur, minVal, nScR, nScC);
  augment(st, sink);
  return sink;
}

/** Jonker–Volgenant start on a square problem with unit capacities; returns the number of rows left free. */
function jvStart(st: KernelState, costs: DenseCosts, free: Int32Array): number {
  const n = st.rows;
  const { v, col4row: rowsol } = st;
  const { cost, stride, rowSource } = costs;
  const colsol = new Int32Array(n).fill(-1);
  const matches = new Int32Array(n);
  const colArg = new Int32Array(n);
  v.fill(Infinity, 0, n);
  for (let i = 0; i < n; i++) {
    const base = rowSource[i]! * stride;
    for (let j = 0; j < n; j++) {
      const c = cost[base + j]!;
      if (c < v[j]!) {
        v[j] = c;
        colArg[j] = i;
      }
    }
  }
  // Column reduction: each column goes to its cheapest row if that row is still unassigned.
  for (let j = n - 1; j >= 0; j--) {
    const imin = colArg[j]!;
    if (++matches[imin]! === 1) {
      rowsol[imin] = j;
      colsol[j] = imin;
    } else if (v[j]! < v[rowsol[imin]!]!) {
      const j1 = rowsol[imin]!;
      rowsol[imin] = j;
      colsol[j] = imin;
      colsol[j1] = -1;
    }
  }
  // Reduction transfer: a row assigned once moves its slack onto its column.
  let numFree = 0;
  for (let i = 0; i < n; i++) {
    if (matches[i] === 0) {
      free[numFree++] = i;
    } else if (matches[i] === 1) {
      const j1 = rowsol[i]!;
      const base = rowSource[i]! * stride;
      let min = Infinity;
      for (let j = 0; j < n; j++) {
        if (j === j1) continue;
        const h = cost[base + j]! - v[j]!;
        if (h < min) min = h;
      }
      v[j1]! -= min;
    }
  }
  numFree = augmentingRowReduction(st, costs, colsol, free, numFree);
  for (let j = 0; j < n; j++) {
    const i = colsol[j]!;
    if (i < 0) continue;
    placeRow(st, i, j);
    st.u[i] = cost[rowSource[i]! * stride + j]! - v[j]!;
  }
  numFree = 0;
  for (let i = 0; i < n; i++) if (rowsol[i]! < 0 || colsol[rowsol[i]!] !== i) free[numFree++] = i;
  for (let i = 0; i < n; i++) if (colsol[rowsol[i]!] !== i) rowsol[i] = -1;
  return numFree;
}

/** Two passes of augmenting row reduction; the work per pass is capped so float ties cannot loop for long. */
function augmentingRowReduction(st: KernelState, costs: DenseCosts, colsol: Int32Array, free: Int32Array, initialFree: number): number {
  const n = st.rows;
  const { v, col4row: rowsol } = st;
  const { cost, stride, rowSource } = costs;
  let numFree = initialFree;
  let budget = 8 * n;
  for (let pass = 0; pass < 2; pass++) {
    let k = 0;
    const previous = numFree;
    numFree = 0;
    while (k < previous) {
      const i = free[k++]!;
      const base = rowSource[i]! * stride;
      let umin = cost[base]! - v[0]!;
      let usub = Infinity;
      let j1 = 0;
      let j2 = 0;
      for (let j = 1; j < n; j++) {
        const h = cost[base + j]! - v[j]!;
        if (h < usub) {
          if (h >= umin) {
            usub = h;
            j2 = j;
          } else {
            usub = umin;
            umin = h;
            j2 = j1;
            j1 = j;
          }
        }
      }
      let i0 = colsol[j1]!;
      const strict = umin < usub;
      if (strict) v[j1]! -= usub - umin;
      else if (i0 >= 0) {
        j1 = j2;
        i0 = colsol[j2]!;
      }
      rowsol[i] = j1;
      colsol[j1] = i;
      if (i0 >= 0) {
        rowsol[i0] = -1;
        if (strict && budget-- > 0) free[--k] = i0;
        else free[numFree++] = i0;
      }
    }
  }
  return numFree;
}

/*
 * Shortest augmenting paths with dual variables over allowed pairs only (adjacency lists, Dijkstra
 * with a binary heap), columns with capacities. Same search and dual update as the dense kernel:
 * D. F. Crouse, "On implementing 2D rectangular assignment algorithms", IEEE Trans. Aerospace and
 * Electronic Systems 52(4), 2016; sparse form as in R. Jonker and A. Volgenant, Computing 38, 1987.
 */
import { augment, createKernelState, createSourceMarks, needsRelax, placeRow, updateDuals, type KernelState, type SourceMarks } from './kernel-state.js';

/** Compressed rows; kernel row `r` reads list `rowSource[r]`. Only allowed pairs are listed. */
export interface SparseCosts {
  rowStart: Int32Array;
  colIdx: Int32Array;
  cost: Float64Array;
  rowSource: Int32Array;
}

/**
 * Dijkstra's working set: a binary heap of (d, column) entries where an improved column is pushed
 * again and stale entries are skipped. Among equal distances a column with room comes first (the
 * search can stop there), then the lower column, so results are deterministic. While a search runs,
 * `d` is +Infinity for columns not reached and −Infinity for settled ones, whose distances wait in
 * `settledD` (in the order of `scannedCols`), so relaxing an edge takes one comparison.
 */
interface Search {
  heapKey: Float64Array;
  heapCol: Int32Array;
  size: number;
  settledD: Float64Array;
  sources: SourceMarks;
  /** Number of the search under way. */
  stamp: number;
}

/** Added to a column's heap tie-break when the column is full: columns with room pop first. */
const FULL_TIE = 1 << 30;

/** Solves to optimality, or returns null when some row cannot reach a column with room. */
export interface SparseKernelOptions {
  /** Jonker–Volgenant start; valid only when every column has capacity 1 and rows = cols (a failed search then means no perfect matching). */
  jvStart: boolean;
}

export function solveSparseKernel(costs: SparseCosts, colCap: Int32Array, dummyCost: number, options: SparseKernelOptions): KernelState | null {
  const st = createKernelState(costs.rowSource.length, colCap, dummyCost);
  // A column enters the heap at most once per allowed pair (and the dummy once per row).
  let entries = 2 * st.rows + 1;
  for (let r = 0; r < st.rows; r++) {
    const s = costs.rowSource[r]!;
    entries += costs.rowStart[s + 1]! - costs.rowStart[s]!;
  }
  const search: Search = {
    heapKey: new Float64Array(entries),
    heapCol: new Int32Array(entries),
    size: 0,
    settledD: new Float64Array(st.cols + 1),
    sources: createSourceMarks(costs.rowStart.length),
    stamp: 0,
  };
  st.d.fill(Infinity);
  const free = new Int32Array(st.rows);
  let numFree = 0;
  if (options.jvStart && st.rows === st.cols) numFree = jvStart(st, costs, free);
  else for (let i = 0; i < st.rows; i++) free[numFree++] = i;
  for (let k = 0; k < numFree; k++) {
    if (shortestPath(st, costs, search, free[k]!) < 0) return null;
  }
  return st;
}

/** Jonker–Volgenant start over allowed pairs; returns the number of rows left free. */
function jvStart(st: KernelState, costs: SparseCosts, free: Int32Array): number {
  const n = st.rows;
  const { v, col4row: rowsol } = st;
  const { rowStart, colIdx, cost, rowSource } = costs;
  const colsol = new Int32Array(n).fill(-1);
  const matches = new Int32Array(n);
  const colArg = new Int32Array(n).fill(-1);
  v.fill(Infinity, 0, n);
  for (let i = 0; i < n; i++) {
    const s = rowSource[i]!;
    for (let e = rowStart[s]!; e < rowStart[s + 1]!; e++) {
      const j = colIdx[e]!;
      if (cost[e]! < v[j]!) {
        v[j] = cost[e]!;
        colArg[j] = i;
      }
    }
  }
  for (let j = n - 1; j >= 0; j--) {
    const imin = colArg[j]!;
    if (imin < 0) {
      v[j] = 0;
      continue;
    }
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
  let numFree = 0;
  for (let i = 0; i < n; i++) {
    if (matches[i] === 0) {
      free[numFree++] = i;
    } else if (matches[i] === 1) {
      const j1 = rowsol[i]!;
      const s = rowSource[i]!;
      let min = Infinity;
      for (let e = rowStart[s]!; e < rowStart[s + 1]!; e++) {
        const j = colIdx[e]!;
        if (j === j1) continue;
        const h = cost[e]! - v[j]!;
        if (h < min) min = h;
      }
      if (min < Infinity) v[j1]! -= min;
    }
  }
  numFree = augmentingRowReduction(st, costs, colsol, free, numFree);
  for (let j = 0; j < n; j++) {
    const i = colsol[j]!;
    if (i >= 0) placeRow(st, i, j);
  }
  for (let i = 0; i < n; i++) {
    const j = rowsol[i]!;
    if (j < 0 || colsol[j] !== i) continue;
    const s = rowSource[i]!;
    for (let e = rowStart[s]!; e < rowStart[s + 1]!; e++) if (colIdx[e] === j) st.u[i] = cost[e]! - v[j]!;
  }
  numFree = 0;
  for (let i = 0; i < n; i++) {
    if (rowsol[i]! < 0 || colsol[rowsol[i]!] !== i) {
      rowsol[i] = -1;
      free[numFree++] = i;
    }
  }
  return numFree;
}

/** Two capped passes of augmenting row reduction; rows with fewer than two allowed pairs wait for the search. */
function augmentingRowReduction(st: KernelState, costs: SparseCosts, colsol: Int32Array, free: Int32Array, initialFree: number): number {
  const { v, col4row: rowsol } = st;
  const { rowStart, colIdx, cost, rowSource } = costs;
  let numFree = initialFree;
  let budget = 8 * st.rows;
  for (let pass = 0; pass < 2; pass++) {
    let k = 0;
    const previous = numFree;
    numFree = 0;
    while (k < previous) {
      const i = free[k++]!;
      const s = rowSource[i]!;
      let umin = Infinity;
      let usub = Infinity;
      let j1 = -1;
      let j2 = -1;
      for (let e = rowStart[s]!; e < rowStart[s + 1]!; e++) {
        const j = colIdx[e]!;
        const h = cost[e]! - v[j]!;
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
      if (usub === Infinity) {
        free[numFree++] = i;
        continue;
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

function shortestPath(st: KernelState, costs: SparseCosts, search: Search, cur: number): number {
  const { d, cap, load, slots, slotStart } = st;
  search.stamp++;
  search.size = 0;
  let nScR = 0;
  let nScC = 0;
  relaxRow(st, costs, search, cur, 0);
  for (;;) {
    if (search.size === 0) {
      endSearch(st, search, nScC);
      return -1;
    }
    const key = search.heapKey[0]!;
    const j = popMin(search);
    if (key > d[j]!) continue;
    if (load[j]! < cap[j]!) {
      endSearch(st, search, nScC);
      updateDuals(st, cur, key, nScR, nScC);
      resetSettled(st, nScC);
      d[j] = Infinity;
      augment(st, j);
      return j;
    }
    d[j] = -Infinity;
    search.settledD[nScC] = key;
    st.scannedCols[nScC++] = j;
    const end = slotStart[j]! + cap[j]!;
    for (let q = slotStart[j]!; q < end; q++) {
      const i = slots[q]!;
      st.scannedRows[nScR++] = i;
      relaxRow(st, costs, search, i, key);
    }
  }
}

/** Unreached again for every column still in the heap; settled columns get their distances back for the dual update. */
function endSearch(st: KernelState, search: Search, nScC: number): void {
  const { d } = st;
  for (let k = 0; k < search.size; k++) d[search.heapCol[k]! & (FULL_TIE - 1)] = Infinity;
  for (let k = 0; k < nScC; k++) d[st.scannedCols[k]!] = search.settledD[k]!;
}

function resetSettled(st: KernelState, nScC: number): void {
  for (let k = 0; k < nScC; k++) st.d[st.scannedCols[k]!] = Infinity;
}

function relaxRow(st: KernelState, costs: SparseCosts, search: Search, i: number, minVal: number): void {
  const h = minVal - st.u[i]!;
  const s = costs.rowSource[i]!;
  if (!needsRelax(search.sources, s, search.stamp, h)) return;
  const { d, v, pathRow, load, cap } = st;
  const { rowStart, colIdx, cost } = costs;
  const end = rowStart[s + 1]!;
  for (let e = rowStart[s]!; e < end; e++) {
    const j = colIdx[e]!;
    const r = h + cost[e]! - v[j]!;
    if (r < d[j]!) {
      d[j] = r;
      pathRow[j] = i;
      push(search, r, load[j]! < cap[j]! ? j : j + FULL_TIE);
    }
  }
  if (Number.isNaN(st.dummyCost)) return;
  const C = st.cols;
  const r = h + st.dummyCost;
  if (r < d[C]!) {
    d[C] = r;
    pathRow[C] = i;
    push(search, r, C);
  }
}

function push(search: Search, key: number, col: number): void {
  const { heapKey, heapCol } = search;
  let k = search.size++;
  while (k > 0) {
    const parent = (k - 1) >> 1;
    const pk = heapKey[parent]!;
    if (pk < key || (pk === key && heapCol[parent]! <= col)) break;
    heapKey[k] = pk;
    heapCol[k] = heapCol[parent]!;
    k = parent;
  }
  heapKey[k] = key;
  heapCol[k] = col;
}

/** Removes the first entry and returns its column. */
function popMin(search: Search): number {
  const { heapKey, heapCol } = search;
  const top = heapCol[0]! & (FULL_TIE - 1);
  const n = --search.size;
  if (n === 0) return top;
  const key = heapKey[n]!;
  const col = heapCol[n]!;
  let k = 0;
  for (;;) {
    let c = 2 * k + 1;
    if (c >= n) break;
    const c2 = c + 1;
    if (c2 < n && (heapKey[c2]! < heapKey[c]! || (heapKey[c2] === heapKey[c] && heapCol[c2]! < heapCol[c]!))) c = c2;
    const ck = heapKey[c]!;
    if (key < ck || (key === ck && col <= heapCol[c]!)) break;
    heapKey[k] = ck;
    heapCol[k] = heapCol[c]!;
    k = c;
  }
  heapKey[k] = key;
  heapCol[k] = col;
  return top;
}

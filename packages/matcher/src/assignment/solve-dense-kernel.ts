/*
 * Shortest augmenting paths with dual variables on a dense cost matrix, columns with capacities.
 * Search and dual update follow D. F. Crouse, "On implementing 2D rectangular assignment
 * algorithms", IEEE Trans. Aerospace and Electronic Systems 52(4), 2016; the start (column
 * reduction, reduction transfer, augmenting row reduction) follows R. Jonker and A. Volgenant,
 * "A shortest augmenting path algorithm for dense and sparse linear assignment problems",
 * Computing 38, 325–340, 1987.
 */
import { augment, createKernelState, createSourceMarks, needsRelax, placeRow, updateDuals, type KernelState, type SourceMarks } from './kernel-state.js';

/**
 * Row-major profits (the kernel minimises their negation); kernel row `r` reads row `rowSource[r]`.
 * −Infinity or NaN marks a forbidden pair: its cost is +Infinity or NaN, and neither ever relaxes a column.
 */
export interface DenseCosts {
  profit: Float64Array;
  stride: number;
  rowSource: Int32Array;
}

export interface DenseKernelOptions {
  /** Jonker–Volgenant start; valid only when every column has capacity 1, rows = cols and no cost is infinite. */
  jvStart: boolean;
}

/**
 * Per-search working arrays. As in Jonker and Volgenant's LAPJV, the columns at the current
 * minimum distance are collected in `ready` and scanned one by one; a full pass for the next
 * minimum runs only when none is left, which matters when many pairs score the same. `vw` is `v`
 * with −Infinity for the columns in `ready`, so relaxing them gives +Infinity and rows are read
 * front to back (sequential reads of a cost row are much faster than gathered ones). Columns in
 * `ready` wait at +Infinity in `d`, their distances in `readyD`.
 */
interface DenseSearch {
  vw: Float64Array;
  ready: Int32Array;
  readyD: Float64Array;
  sources: SourceMarks;
  /** Number of the search under way. */
  stamp: number;
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
  const sources = costs.profit.length / Math.max(1, costs.stride);
  const search: DenseSearch = {
    vw: st.v.slice(0, st.cols),
    ready: new Int32Array(st.cols),
    readyD: new Float64Array(st.cols),
    sources: createSourceMarks(sources),
    stamp: 0,
  };
  st.d.fill(Infinity);
  for (let k = 0; k < numFree; k++) {
    if (shortestPath(st, costs, free[k]!, search) < 0) return null;
  }
  return st;
}

/** A search in progress: `ready[0..head)` are scanned, `ready[head..tail)` wait at distance `minVal`. */
interface Frontier {
  minVal: number;
  head: number;
  tail: number;
  /** A column with room reached at `minVal`, or -1. */
  sink: number;
}

/**
 * Relaxes the columns from row `i` at offset `h`; a column reaching `f.minVal` joins `ready`, and
 * if it has room the search ends there. Rows of one cost row are relaxed again only from closer.
 */
function relaxRow(st: KernelState, costs: DenseCosts, search: DenseSearch, f: Frontier, i: number, h: number): void {
  const source = costs.rowSource[i]!;
  if (!needsRelax(search.sources, source, search.stamp, h)) return;
  const { d, pathRow, load, cap } = st;
  const { vw, ready, readyD } = search;
  const { profit } = costs;
  const base = source * costs.stride;
  const C = st.cols;
  const at = f.minVal;
  for (let j = 0; j < C; j++) {
    const r = h - profit[base + j]! - vw[j]!;
    if (r < d[j]!) {
      pathRow[j] = i;
      if (r > at) {
        d[j] = r;
        continue;
      }
      if (load[j]! < cap[j]!) {
        d[j] = r;
        f.sink = j;
        return;
      }
      vw[j] = -Infinity;
      d[j] = Infinity;
      readyD[f.tail] = r;
      ready[f.tail++] = j;
    }
  }
  if (!Number.isNaN(st.dummyCost) && h + st.dummyCost < d[C]!) {
    d[C] = h + st.dummyCost;
    pathRow[C] = i;
  }
}

/** Next distance level: the least `d`, all columns at it into `ready` (one with room ends the search). False when nothing is reachable. */
function nextLevel(st: KernelState, search: DenseSearch, f: Frontier): boolean {
  const { d, load, cap } = st;
  const C = st.cols;
  let lowest = Infinity;
  let room = -1;
  for (let j = 0; j < C; j++) {
    const dj = d[j]!;
    if (dj < lowest) {
      lowest = dj;
      room = load[j]! < cap[j]! ? j : -1;
    } else if (dj === lowest && room < 0 && load[j]! < cap[j]!) {
      room = j;
    }
  }
  if (!Number.isNaN(st.dummyCost) && d[C]! < lowest) {
    f.minVal = d[C]!;
    f.sink = C;
    return true;
  }
  if (lowest === Infinity) return false;
  f.minVal = lowest;
  if (room >= 0) {
    f.sink = room;
    return true;
  }
  const { vw, ready, readyD } = search;
  for (let j = 0; j < C; j++) {
    if (d[j] !== lowest) continue;
    vw[j] = -Infinity;
    d[j] = Infinity;
    readyD[f.tail] = lowest;
    ready[f.tail++] = j;
  }
  return true;
}

/** One Dijkstra search from the free row `cur`, then the dual update and the augmentation; -1 when no column has room. */
function shortestPath(st: KernelState, costs: DenseCosts, cur: number, search: DenseSearch): number {
  const { u, d, slots, slotStart, cap } = st;
  const { ready, readyD } = search;
  search.stamp++;
  const f: Frontier = { minVal: -Infinity, head: 0, tail: 0, sink: -1 };
  relaxRow(st, costs, search, f, cur, -u[cur]!);
  let nScR = 0;
  while (f.sink < 0) {
    if (f.head === f.tail && !nextLevel(st, search, f)) break;
    if (f.sink >= 0) break;
    const j = ready[f.head++]!;
    const end = slotStart[j]! + cap[j]!;
    // Every row of a scanned column takes the dual update, relaxed or not: the column is at minVal, so theirs is zero.
    for (let q = slotStart[j]!; q < end; q++) st.scannedRows[nScR++] = slots[q]!;
    for (let q = slotStart[j]!; q < end && f.sink < 0; q++) relaxRow(st, costs, search, f, slots[q]!, f.minVal - u[slots[q]!]!);
  }
  const sink = f.sink;
  // Scanned columns take their distances back for the dual update.
  for (let k = 0; k < f.head; k++) {
    st.scannedCols[k] = ready[k]!;
    d[ready[k]!] = readyD[k]!;
  }
  if (sink >= 0) updateDuals(st, cur, f.minVal, nScR, f.head);
  for (let k = 0; k < f.tail; k++) search.vw[ready[k]!] = st.v[ready[k]!]!;
  d.fill(Infinity);
  if (sink < 0) return -1;
  augment(st, sink);
  return sink;
}

/** Jonker–Volgenant start on a square problem with unit capacities; returns the number of rows left free. */
function jvStart(st: KernelState, costs: DenseCosts, free: Int32Array): number {
  const n = st.rows;
  const { v, col4row: rowsol } = st;
  const { profit, stride, rowSource } = costs;
  const colsol = new Int32Array(n).fill(-1);
  const matches = new Int32Array(n);
  const colArg = new Int32Array(n);
  v.fill(Infinity, 0, n);
  for (let i = 0; i < n; i++) {
    const base = rowSource[i]! * stride;
    for (let j = 0; j < n; j++) {
      const c = -profit[base + j]!;
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
        const h = -profit[base + j]! - v[j]!;
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
    st.u[i] = -profit[rowSource[i]! * stride + j]! - v[j]!;
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
  const { profit, stride, rowSource } = costs;
  let numFree = initialFree;
  let budget = 8 * n;
  for (let pass = 0; pass < 2; pass++) {
    let k = 0;
    const previous = numFree;
    numFree = 0;
    while (k < previous) {
      const i = free[k++]!;
      const base = rowSource[i]! * stride;
      let umin = -profit[base]! - v[0]!;
      let usub = Infinity;
      let j1 = 0;
      let j2 = 0;
      for (let j = 1; j < n; j++) {
        const h = -profit[base + j]! - v[j]!;
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

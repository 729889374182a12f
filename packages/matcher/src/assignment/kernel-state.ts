/**
 * Working arrays shared by the dense and sparse kernels, allocated once per solve.
 * Naming follows Crouse (2016): u/v are the row/column dual variables, `d` the shortest path
 * costs, `pathRow` the predecessor row of each column. A column holds up to `cap[j]` rows in
 * its block of `slots`; the optional dummy column (index `cols`) takes any number of rows.
 */
export interface KernelState {
  rows: number;
  cols: number;
  /** Cost of sending a row to the dummy column, or NaN when there is none. */
  dummyCost: number;
  u: Float64Array;
  v: Float64Array;
  d: Float64Array;
  pathRow: Int32Array;
  cap: Int32Array;
  load: Int32Array;
  slotStart: Int32Array;
  slots: Int32Array;
  col4row: Int32Array;
  slot4row: Int32Array;
  scannedRows: Int32Array;
  scannedCols: Int32Array;
}

export function createKernelState(rows: number, colCap: Int32Array, dummyCost: number): KernelState {
  const cols = colCap.length;
  const slotStart = new Int32Array(cols + 1);
  for (let j = 0; j < cols; j++) slotStart[j + 1] = slotStart[j]! + colCap[j]!;
  const cap = new Int32Array(cols + 1);
  cap.set(colCap);
  cap[cols] = Number.isNaN(dummyCost) ? 0 : rows;
  return {
    rows,
    cols,
    dummyCost,
    u: new Float64Array(rows),
    v: new Float64Array(cols + 1),
    d: new Float64Array(cols + 1),
    pathRow: new Int32Array(cols + 1).fill(-1),
    cap,
    load: new Int32Array(cols + 1),
    slotStart,
    slots: new Int32Array(slotStart[cols]!).fill(-1),
    col4row: new Int32Array(rows).fill(-1),
    slot4row: new Int32Array(rows).fill(-1),
    scannedRows: new Int32Array(rows),
    scannedCols: new Int32Array(cols + 1),
  };
}

/** Puts row `i` into a free slot of column `j` (used by greedy starts). */
export function placeRow(st: KernelState, i: number, j: number): void {
  st.col4row[i] = j;
  if (j === st.cols) {
    st.load[j]!++;
    return;
  }
  const s = st.slotStart[j]! + st.load[j]!;
  st.load[j]!++;
  st.slots[s] = i;
  st.slot4row[i] = s;
}

/** Dual update after a shortest path search from `cur` that ended at distance `minVal`. */
export function updateDuals(st: KernelState, cur: number, minVal: number, scannedRows: number, scannedCols: number): void {
  const { u, v, d, col4row } = st;
  u[cur]! += minVal;
  for (let k = 0; k < scannedRows; k++) {
    const i = st.scannedRows[k]!;
    u[i]! += minVal - d[col4row[i]!]!;
  }
  for (let k = 0; k < scannedCols; k++) {
    const j = st.scannedCols[k]!;
    v[j]! -= minVal - d[j]!;
  }
}

/** Flips the alternating path that ends at the spare column `sink`; each moved row takes the slot its successor left. */
export function augment(st: KernelState, sink: number): void {
  const { pathRow, col4row, slot4row, slots } = st;
  let i = pathRow[sink]!;
  let prevCol = col4row[i]!;
  let prevSlot = slot4row[i]!;
  if (sink === st.cols) {
    col4row[i] = sink;
    slot4row[i] = -1;
    st.load[sink]!++;
  } else {
    placeRow(st, i, sink);
  }
  while (prevCol !== -1) {
    const j = prevCol;
    const s = prevSlot;
    i = pathRow[j]!;
    prevCol = col4row[i]!;
    prevSlot = slot4row[i]!;
    slots[s] = i;
    col4row[i] = j;
    slot4row[i] = s;
  }
}

/** Column of each row in the caller's terms: -1 for unmatched or the dummy column. */
export function realColumns(st: KernelState): Int32Array {
  const out = new Int32Array(st.rows);
  for (let i = 0; i < st.rows; i++) {
    const j = st.col4row[i]!;
    out[i] = j >= 0 && j < st.cols ? j : -1;
  }
  return out;
}

/**
 * Per cost row, the search that last relaxed it and from which offset `h`. Places of one mentor
 * share a cost row: relaxing it again in the same search from no closer a start improves nothing.
 */
export interface SourceMarks {
  search: Int32Array;
  h: Float64Array;
}

export function createSourceMarks(sources: number): SourceMarks {
  return { search: new Int32Array(sources), h: new Float64Array(sources) };
}

/** Whether cost row `source` needs relaxing from offset `h` in search number `search` (≥ 1); records it when so. */
export function needsRelax(marks: SourceMarks, source: number, search: number, h: number): boolean {
  if (marks.search[source] === search && h >= marks.h[source]!) return false;
  marks.search[source] = search;
  marks.h[source] = h;
  return true;
}

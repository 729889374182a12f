/** Result shape shared with the exact solver so both strategies plug in the same way. */
export interface CohortAssignment {
  /** Column per row, −1 when the row stays unassigned. */
  assignment: Int32Array;
  matched: number;
  total: number;
}

/**
 * Allowed cells, best score first, ties by cell index: a counting sort on the rank of each score
 * among the distinct scores (sorted natively), which gives the comparison sort's order.
 */
export function cellsByScore(scores: Float64Array, count: number): Int32Array {
  let allowed = 0;
  for (let k = 0; k < count; k++) if (Number.isFinite(scores[k])) allowed++;
  const values = new Float64Array(allowed);
  for (let k = 0, at = 0; k < count; k++) if (Number.isFinite(scores[k])) values[at++] = scores[k] as number;
  values.sort();
  // Distinct values, best first; +0 and −0 count as one, as they compare equal.
  const distinct: number[] = [];
  for (let at = values.length - 1; at >= 0; at--) if (distinct.length === 0 || values[at] !== distinct[distinct.length - 1]) distinct.push(values[at] as number);
  const rank = (s: number) => {
    let lo = 0;
    let hi = distinct.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((distinct[mid] as number) > s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const start = new Int32Array(distinct.length + 1);
  const ranks = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    if (!Number.isFinite(scores[k])) continue;
    const r = rank(scores[k] as number);
    ranks[k] = r;
    start[r + 1] = (start[r + 1] as number) + 1;
  }
  for (let r = 0; r < distinct.length; r++) start[r + 1] = (start[r + 1] as number) + (start[r] as number);
  const cells = new Int32Array(allowed);
  for (let k = 0; k < count; k++) {
    if (!Number.isFinite(scores[k])) continue;
    const r = ranks[k] as number;
    cells[start[r] as number] = k;
    start[r] = (start[r] as number) + 1;
  }
  return cells;
}

/**
 * Baseline for comparison: take the best remaining allowed cell while its column has room.
 * Ties go to the lower row, then the lower column, so callers that sort by id get ties by id.
 * Non-finite scores are forbidden cells.
 */
export function greedyAssign(
  scores: Float64Array,
  capacities: ArrayLike<number>,
  rows: number,
  cols: number,
): CohortAssignment {
  const cells = cellsByScore(scores, rows * cols);
  const assignment = new Int32Array(rows).fill(-1);
  const left = Float64Array.from({ length: cols }, (_, j) => Math.max(0, Math.floor(capacities[j] ?? 0)));
  let matched = 0;
  let total = 0;
  for (const k of cells) {
    const i = Math.floor(k / cols);
    const j = k % cols;
    if (assignment[i] !== -1 || (left[j] as number) < 1) continue;
    assignment[i] = j;
    left[j] = (left[j] as number) - 1;
    matched++;
    total += scores[k] as number;
  }
  return { assignment, matched, total };
}

import type { Alternative, AlternativeSwap } from './suggestion.js';

export interface AlternativesInput {
  rows: number;
  cols: number;
  /** Row-major scores, non-finite where the pair is not allowed. */
  matrix: Float64Array;
  /** Column per row, −1 when unassigned. */
  assigned: Int32Array;
  /** Places each column still has after the solution. */
  remaining: ArrayLike<number>;
  colIds: readonly string[];
  limit: number;
  /** With these, a full column is offered through a 2-exchange with one of its rows. */
  rowIds?: readonly string[];
  /** Rows that must keep their column (pins): never exchanged. */
  fixedRows?: ArrayLike<boolean>;
}

/** Best first: higher score, then lower id. */
function before(a: Alternative, b: Alternative): boolean {
  return ranksBefore(a.score, a.mentorId, b);
}

function ranksBefore(score: number, mentorId: string, b: Alternative): boolean {
  return score > b.score || (score === b.score && mentorId < b.mentorId);
}

/**
 * Per row, the best allowed columns that still have room, by score, ties by id (then column).
 * A full column is listed too when `rowIds` is given and one of its rows could take this row's
 * column in exchange (both new pairs allowed, neither row fixed): the exchange with the best total,
 * ties by the lower row. Keeps a short sorted list per row instead of sorting every allowed column:
 * limit is small.
 */
export function findAlternatives(input: AlternativesInput): Alternative[][] {
  const { rows, cols, matrix, assigned, remaining, colIds, rowIds, fixedRows } = input;
  const limit = Math.max(0, Math.floor(input.limit));
  const rowsOf = rowIds ? rowsByColumn(assigned, cols) : null;
  const out: Alternative[][] = [];
  for (let i = 0; i < rows; i++) {
    const top: Alternative[] = [];
    const own = assigned[i] as number;
    const canSwap = rowsOf !== null && own >= 0 && !fixedRows?.[i];
    for (let j = 0; j < cols && limit > 0; j++) {
      const score = matrix[i * cols + j] as number;
      if (!Number.isFinite(score) || j === own) continue;
      const full = (remaining[j] ?? 0) <= 0;
      if (full && !canSwap) continue;
      const last = top[top.length - 1];
      // Checked before building the item: most allowed columns rank below a full list.
      if (top.length === limit && last && !ranksBefore(score, colIds[j] as string, last)) continue;
      const item: Alternative = { mentorId: colIds[j] as string, score };
      if (full) {
        const swap = bestExchange(input, rowsOf![j] ?? [], i, j, own);
        if (!swap) continue;
        item.swap = swap;
      }
      let at = top.length;
      while (at > 0 && before(item, top[at - 1] as Alternative)) at--;
      top.splice(at, 0, item);
      if (top.length > limit) top.pop();
    }
    out.push(top);
  }
  return out;
}

function rowsByColumn(assigned: Int32Array, cols: number): number[][] {
  const out: number[][] = Array.from({ length: cols }, () => []);
  for (let k = 0; k < assigned.length; k++) {
    const j = assigned[k] as number;
    if (j >= 0 && j < cols) out[j]!.push(k);
  }
  return out;
}

/** Row i takes column j from one of its rows k, which takes i's column `own` in exchange. */
function bestExchange(input: AlternativesInput, candidates: readonly number[], i: number, j: number, own: number): AlternativeSwap | undefined {
  const { matrix, cols, fixedRows, rowIds } = input;
  const mine = matrix[i * cols + own] as number;
  const gain = (matrix[i * cols + j] as number) - mine;
  let best: AlternativeSwap | undefined;
  for (const k of candidates) {
    if (k === i || fixedRows?.[k]) continue;
    const theirs = matrix[k * cols + j] as number;
    const after = matrix[k * cols + own] as number;
    if (!Number.isFinite(after) || !Number.isFinite(theirs) || !Number.isFinite(mine)) continue;
    const totalChange = gain + after - theirs;
    if (best && !(totalChange > best.totalChange)) continue;
    best = { menteeId: rowIds![k] as string, score: after, change: after - theirs, totalChange };
  }
  return best;
}

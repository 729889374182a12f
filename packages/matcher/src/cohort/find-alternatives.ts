import type { Alternative } from './suggestion.js';

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
 * Keeps a short sorted list per row instead of sorting every allowed column: limit is small.
 */
export function findAlternatives(input: AlternativesInput): Alternative[][] {
  const { rows, cols, matrix, assigned, remaining, colIds } = input;
  const limit = Math.max(0, Math.floor(input.limit));
  const out: Alternative[][] = [];
  for (let i = 0; i < rows; i++) {
    const top: Alternative[] = [];
    for (let j = 0; j < cols && limit > 0; j++) {
      const score = matrix[i * cols + j] as number;
      if (!Number.isFinite(score) || j === assigned[i] || (remaining[j] ?? 0) <= 0) continue;
      const last = top[top.length - 1];
      // Checked before building the item: most allowed columns rank below a full list.
      if (top.length === limit && last && !ranksBefore(score, colIds[j] as string, last)) continue;
      const item = { mentorId: colIds[j] as string, score };
      let at = top.length;
      while (at > 0 && before(item, top[at - 1] as Alternative)) at--;
      top.splice(at, 0, item);
      if (top.length > limit) top.pop();
    }
    out.push(top);
  }
  return out;
}

/**
 * Test oracle, independent of the solver: places expanded into one column each, then a plain
 * O(N^3) Hungarian method on a square matrix where every mentee may stay alone at no cost and a
 * matched pair earns a large bonus, so the count of pairs comes first.
 */
import type { OracleResult } from './brute-force-assignment.js';

export function hungarianAssignment(scores: number[][], capacities: number[]): OracleResult & { assignment: number[] } {
  const n = scores.length;
  const slotMentor = capacities.flatMap((c, j) => Array.from({ length: c }, () => j));
  const s = slotMentor.length;
  const size = n + s;
  const bonus = 1e6;
  const forbidden = 1e12;
  const cost = (r: number, c: number): number => {
    if (r < n && c < s) {
      const v = scores[r]![slotMentor[c]!]!;
      return Number.isNaN(v) || v === -Infinity ? forbidden : -v - bonus;
    }
    return 0;
  };
  // Classic potentials method, 1-based with a virtual column 0.
  const u = new Array<number>(size + 1).fill(0);
  const v = new Array<number>(size + 1).fill(0);
  const p = new Array<number>(size + 1).fill(0);
  const way = new Array<number>(size + 1).fill(0);
  for (let i = 1; i <= size; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(size + 1).fill(Infinity);
    const used = new Array<boolean>(size + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= size; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= size; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const assignment = new Array<number>(n).fill(-1);
  let matched = 0;
  let total = 0;
  for (let j = 1; j <= s; j++) {
    const r = p[j]! - 1;
    if (r < n && cost(r, j - 1) < forbidden) {
      assignment[r] = slotMentor[j - 1]!;
      matched++;
      total += scores[r]![slotMentor[j - 1]!]!;
    }
  }
  return { matched, total, assignment };
}

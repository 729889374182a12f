import { compareCodeUnits } from '../text/compare-code-units.js';

/** Each mentor's position in id order, the tie-break of every sort; equal ids keep input order. */
export function rankIds(ids: readonly string[]): Int32Array {
  const order = ids.map((_, i) => i).sort((a, b) => compareCodeUnits(ids[a]!, ids[b]!) || a - b);
  const rank = new Int32Array(ids.length);
  order.forEach((mentor, position) => (rank[mentor] = position));
  return rank;
}

/**
 * Positions `0 .. count - 1` in `compare` order, only the first `limit` of them. A short page out
 * of thousands of hits is kept by insertion into a small sorted list instead of sorting them all.
 * `compare` must be a total order (end in a tie-break on id) for the result to be deterministic.
 */
export function selectTop(count: number, limit: number, compare: (a: number, b: number) => number): Int32Array {
  const keep = Math.max(0, Math.min(count, limit));
  if (keep * 8 >= count || keep > 256) {
    return Int32Array.from({ length: count }, (_, i) => i).sort(compare).subarray(0, keep);
  }
  const top = new Int32Array(keep);
  let size = 0;
  for (let i = 0; i < count; i++) {
    if (size === keep && (keep === 0 || compare(i, top[keep - 1]!) >= 0)) continue;
    let lo = 0;
    let hi = size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(top[mid]!, i) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.copyWithin(lo + 1, lo, Math.min(size, keep - 1));
    top[lo] = i;
    if (size < keep) size++;
  }
  return top;
}

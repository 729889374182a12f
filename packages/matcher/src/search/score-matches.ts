import { hasBit, type Bitset } from './bitset.js';
import type { InvertedIndex } from './build-inverted-index.js';
import type { WordExpansion } from './expand-word.js';

/** Mentors that match every word, with their summed scores and the best term per word. */
export interface ScoredMatches {
  mentors: number[];
  /** Parallel to `mentors`. */
  scores: number[];
  /** `bestTerms[w][mentor]`: the term that matched word `w` (query order) best for that mentor. */
  bestTerms: Int32Array[];
}

/**
 * AND over the words: walks the posting lists word by word, cheapest word first, keeping only
 * mentors that matched every earlier word; a word scores its best term per mentor.
 */
export function scoreMatches(
  index: InvertedIndex,
  words: readonly WordExpansion[],
  mask: Bitset | null,
  size: number,
): ScoredMatches {
  const bestTerms = words.map(() => new Int32Array(0));
  if (words.length === 0 || size === 0) return { mentors: [], scores: [], bestTerms };
  const order = words.map((_, w) => w).sort((a, b) => words[a]!.postings - words[b]!.postings || a - b);
  const level = new Uint8Array(size);
  const total = new Float64Array(size);
  const best = new Float64Array(size);
  let alive: number[] = [];
  for (let step = 0; step < order.length; step++) {
    const w = order[step]!;
    const terms = (bestTerms[w] = new Int32Array(size));
    const touched: number[] = [];
    const { terms: ids, factors } = words[w]!;
    for (let k = 0; k < ids.length; k++) {
      const term = ids[k]!;
      const factor = factors[k]!;
      for (let p = index.offsets[term]!, end = index.offsets[term + 1]!; p < end; p++) {
        const mentor = index.postings[p]!;
        if (level[mentor] !== step || (mask && !hasBit(mask, mentor))) continue;
        const score = index.weights[p]! * factor;
        if (score <= best[mentor]!) continue;
        if (best[mentor] === 0) touched.push(mentor);
        best[mentor] = score;
        terms[mentor] = term;
      }
    }
    for (const mentor of touched) {
      level[mentor] = step + 1;
      total[mentor]! += best[mentor]!;
      best[mentor] = 0;
    }
    alive = touched;
    if (alive.length === 0) break;
  }
  return { mentors: alive, scores: alive.map((mentor) => total[mentor]!), bestTerms };
}

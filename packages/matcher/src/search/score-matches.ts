import { countBits, hasBit, type Bitset } from './bitset.js';
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

/** Mentors that match at least one word; `bestTerms[w][mentor]` is -1 where word `w` did not match. */
export interface SomeMatches extends ScoredMatches {
  /** Parallel to `mentors`: how many of the words each matched. */
  counts: number[];
}

/**
 * One word's best term and score per mentor, for mentors the mask lets through and whose `level`
 * (when given) is `step`; returns the mentors it matched, their scores left in `best`.
 */
function bestOfWord(
  index: InvertedIndex,
  word: WordExpansion,
  mask: Bitset | null,
  level: Uint8Array | null,
  step: number,
  best: Float64Array,
  terms: Int32Array,
): number[] {
  const touched: number[] = [];
  const { terms: ids, factors } = word;
  for (let k = 0; k < ids.length; k++) {
    const term = ids[k]!;
    const factor = factors[k]!;
    for (let p = index.offsets[term]!, end = index.offsets[term + 1]!; p < end; p++) {
      const mentor = index.postings[p]!;
      if ((level && level[mentor] !== step) || (mask && !hasBit(mask, mentor))) continue;
      const score = index.weights[p]! * factor;
      if (score <= best[mentor]!) continue;
      if (best[mentor] === 0) touched.push(mentor);
      best[mentor] = score;
      terms[mentor] = term;
    }
  }
  return touched;
}

/**
 * OR over the words, for a query whose words are not all found together: each mentor with how
 * many words it matched and the sum of their best scores. A word more than half of the mentors in
 * scope have ("and", "ja") tells none of them apart, so it counts for no one.
 */
export function scoreSomeMatches(
  index: InvertedIndex,
  words: readonly WordExpansion[],
  mask: Bitset | null,
  size: number,
): SomeMatches {
  const bestTerms = words.map(() => new Int32Array(0));
  const count = new Uint16Array(size);
  const total = new Float64Array(size);
  const best = new Float64Array(size);
  const mentors: number[] = [];
  const common = Math.max(2, (mask ? countBits(mask) : size) / 2);
  words.forEach((word, w) => {
    const terms = (bestTerms[w] = new Int32Array(size).fill(-1));
    const touched = bestOfWord(index, word, mask, null, 0, best, terms);
    for (const mentor of touched) {
      if (touched.length > common) terms[mentor] = -1;
      else {
        if (count[mentor] === 0) mentors.push(mentor);
        count[mentor]! += 1;
        total[mentor]! += best[mentor]!;
      }
      best[mentor] = 0;
    }
  });
  return { mentors, scores: mentors.map((m) => total[m]!), counts: mentors.map((m) => count[m]!), bestTerms };
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
    const touched = bestOfWord(index, words[w]!, mask, level, step, best, terms);
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

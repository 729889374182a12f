/** Vocabulary words that hold a text as a later part (compounds), ascending term id. */
export type PartLookup = (part: string) => number[];

const SEPARATOR = '\n';
const MAX_CACHED_PARTS = 256;

/**
 * Finds compound words by a later part ("märk" in "kvaliteedimärk", "kool" in "partnerkool"): the
 * vocabulary joined into one string, searched with indexOf, so a keystroke costs one native scan
 * rather than a loop over every word. Built on first use. At most `maxTerms` words, first in order.
 */
export function createPartLookup(vocabulary: readonly string[], maxTerms: number): PartLookup {
  let joined: string | undefined;
  let starts: Int32Array | undefined;
  const cache = new Map<string, number[]>();
  return (part) => {
    if (part.length === 0 || maxTerms <= 0 || vocabulary.length === 0) return [];
    let found = cache.get(part);
    if (found) return found;
    if (joined === undefined) {
      joined = SEPARATOR + vocabulary.join(SEPARATOR) + SEPARATOR;
      starts = new Int32Array(vocabulary.length);
      let offset = 1;
      for (let t = 0; t < vocabulary.length; t++) {
        starts[t] = offset;
        offset += vocabulary[t]!.length + 1;
      }
    }
    found = [];
    let at = joined.indexOf(part, 1);
    while (at >= 0 && found.length < maxTerms) {
      const term = termAt(starts!, at);
      // A match at the start of a word is a prefix, found elsewhere; a part must not span two words.
      if (at > starts![term]! && at + part.length <= starts![term]! + vocabulary[term]!.length) {
        if (found[found.length - 1] !== term) found.push(term);
      }
      at = joined.indexOf(part, at + 1);
    }
    if (cache.size >= MAX_CACHED_PARTS) cache.clear();
    cache.set(part, found);
    return found;
  };
}

/** The term whose text contains offset `at` of the joined string. */
function termAt(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

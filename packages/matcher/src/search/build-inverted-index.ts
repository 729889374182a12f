/**
 * Word -> mentors, in compressed sparse row layout: the postings of term `t` are
 * `postings[offsets[t] .. offsets[t + 1])`, mentor indexes ascending, each with its field weight.
 */
export interface InvertedIndex {
  /** Distinct normalized words, sorted by UTF-16 code unit so prefixes form contiguous ranges. */
  readonly vocabulary: readonly string[];
  readonly offsets: Int32Array;
  readonly postings: Int32Array;
  readonly weights: Float32Array;
}

/**
 * Adds the words of one field of the current mentor. A word's weight is that of its heaviest
 * field plus `EXTRA_FIELD_SHARE` of each other field it appears in.
 */
/** Small enough that no number of extra fields lifts a word above the next heavier field kind. */
export const EXTRA_FIELD_SHARE = 0.125;

export type AddWords = (words: readonly string[], weight: number) => void;

/**
 * Builds the index from one pass over the mentors: `mentor(i)` is called in ascending order and
 * gets the function that takes that mentor's words. Growable typed arrays rather than a map per
 * mentor keep building 10,000 records out of the garbage collector's way, and a word list passed
 * again (the cached words of a topic label) is looked up once.
 */
export function buildInvertedIndex(count: number, mentor: (index: number, add: AddWords) => void): InvertedIndex {
  const ids = new Map<string, number>();
  const terms: string[] = [];
  const known = new WeakMap<readonly string[], Int32Array>();
  let lastMentor = new Int32Array(1024);
  let lastEntry = new Int32Array(1024);
  let lastCall = new Int32Array(1024);
  const entries = {
    term: new Int32Array(1 << 16),
    mentor: new Int32Array(1 << 16),
    weight: new Float32Array(1 << 16),
    extra: new Float32Array(1 << 16),
    size: 0,
  };
  let call = 0;
  const idOf = (word: string): number => {
    let id = ids.get(word);
    if (id === undefined) {
      ids.set(word, (id = terms.length));
      terms.push(word);
      if (id === lastMentor.length) {
        lastMentor = grow(lastMentor, -1);
        lastEntry = grow(lastEntry, -1);
        lastCall = grow(lastCall, -1);
      }
      lastMentor[id] = -1;
    }
    return id;
  };
  for (let m = 0; m < count; m++) {
    mentor(m, (words, weight) => {
      if (!(weight > 0)) return;
      call++;
      let wordIds = known.get(words);
      if (!wordIds) {
        wordIds = Int32Array.from(words, idOf);
        if (Object.isFrozen(words)) known.set(words, wordIds);
      }
      for (let i = 0; i < wordIds.length; i++) {
        const id = wordIds[i]!;
        if (lastMentor[id] === m) {
          // Another field with the same word: the heaviest counts in full, the others a share.
          if (lastCall[id] === call) continue;
          lastCall[id] = call;
          const e = lastEntry[id]!;
          entries.extra[e]! += Math.min(weight, entries.weight[e]!);
          entries.weight[e] = Math.max(weight, entries.weight[e]!);
          continue;
        }
        if (entries.size === entries.term.length) {
          entries.term = grow(entries.term, 0);
          entries.mentor = grow(entries.mentor, 0);
          entries.weight = grow(entries.weight, 0);
          entries.extra = grow(entries.extra, 0);
        }
        const e = entries.size++;
        lastMentor[id] = m;
        lastEntry[id] = e;
        lastCall[id] = call;
        entries.term[e] = id;
        entries.mentor[e] = m;
        entries.weight[e] = weight;
        entries.extra[e] = 0;
      }
    });
  }
  for (let e = 0; e < entries.size; e++) entries.weight[e]! += EXTRA_FIELD_SHARE * entries.extra[e]!;
  const used = entries.size;
  return compress(terms, ids, entries.term.subarray(0, used), entries.mentor.subarray(0, used), entries.weight.subarray(0, used));
}

function grow<T extends Int32Array | Float32Array>(array: T, fill: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
  bigger.set(array);
  bigger.fill(fill, array.length);
  return bigger;
}

function compress(
  terms: string[],
  ids: ReadonlyMap<string, number>,
  entryTerm: Int32Array,
  entryMentor: Int32Array,
  entryWeight: Float32Array,
): InvertedIndex {
  // The default sort compares UTF-16 code units, the order prefix ranges rely on.
  const vocabulary = [...terms].sort();
  const rankOf = new Int32Array(terms.length);
  vocabulary.forEach((term, rank) => (rankOf[ids.get(term)!] = rank));
  const offsets = new Int32Array(vocabulary.length + 1);
  for (const id of entryTerm) offsets[rankOf[id]! + 1]!++;
  for (let t = 0; t < vocabulary.length; t++) offsets[t + 1]! += offsets[t]!;
  const fill = offsets.slice(0, vocabulary.length);
  const postings = new Int32Array(entryTerm.length);
  const weights = new Float32Array(entryTerm.length);
  for (let e = 0; e < entryTerm.length; e++) {
    const slot = fill[rankOf[entryTerm[e]!]!]!++;
    postings[slot] = entryMentor[e]!;
    weights[slot] = entryWeight[e]!;
  }
  return { vocabulary: Object.freeze(vocabulary), offsets, postings, weights };
}

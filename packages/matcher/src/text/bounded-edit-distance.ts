/** Options of boundedEditDistance; defaults in DEFAULT_BOUNDED_EDIT_DISTANCE_OPTIONS. */
export interface BoundedEditDistanceOptions {
  /**
   * Compare `pattern` with the best-fitting start of `word` that ends on the pattern's last letter,
   * or with the whole word (a stem against an inflected word).
   */
  prefix?: boolean;
  /** Count a substituted letter as one edit; when false it costs two (a deletion and an insertion). */
  substitutions?: boolean;
  /** Count an inserted or dropped letter as one edit; when false it costs two. */
  indels?: boolean;
  /** Count a letter of `pattern` missing from `word` as one edit; by default as `indels` does. */
  drops?: boolean;
}

// Three reusable DP rows: the function runs for many word pairs per text and never re-enters itself.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Defaults of boundedEditDistance's options: plain optimal string alignment over whole words. */
export const DEFAULT_BOUNDED_EDIT_DISTANCE_OPTIONS: Readonly<Required<Omit<BoundedEditDistanceOptions, 'drops'>>> = Object.freeze({
  prefix: false,
  substitutions: true,
  indels: true,
});

/**
 * Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions, each
 * substring edited once), stopping as soon as it must exceed `max`; then it returns `max + 1`.
 */
export function boundedEditDistance(
  pattern: string,
  word: string,
  max: number,
  options: BoundedEditDistanceOptions = DEFAULT_BOUNDED_EDIT_DISTANCE_OPTIONS,
): number {
  const m = pattern.length;
  const n = word.length;
  const prefix = options.prefix ?? DEFAULT_BOUNDED_EDIT_DISTANCE_OPTIONS.prefix;
  const substitution = (options.substitutions ?? DEFAULT_BOUNDED_EDIT_DISTANCE_OPTIONS.substitutions) ? 1 : 2;
  const indel = (options.indels ?? DEFAULT_BOUNDED_EDIT_DISTANCE_OPTIONS.indels) ? 1 : 2;
  const drop = (options.drops ?? indel === 1) ? 1 : 2;
  if (!prefix && Math.max((n - m) * indel, (m - n) * drop) > max) return max + 1;
  if (prefix && (m - n) * drop > max) return max + 1;
  if (m === 0) return prefix ? 0 : Math.min(n * indel, max + 1);
  if (rows[0].length <= n) rows = [new Int32Array(n + 33), new Int32Array(n + 33), new Int32Array(n + 33)];
  let [before, previous, current] = rows;
  before.fill(0, 0, n + 1);
  for (let j = 0; j <= n; j++) previous[j] = j * indel;
  let previousRowMin = 0;
  for (let i = 1; i <= m; i++) {
    current[0] = i * drop;
    let rowMin = current[0];
    const pc = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const wc = word.charCodeAt(j - 1);
      let d = Math.min(previous[j]! + drop, current[j - 1]! + indel, previous[j - 1]! + (pc === wc ? 0 : substitution));
      if (i > 1 && j > 1 && pc === word.charCodeAt(j - 2) && pattern.charCodeAt(i - 2) === wc) {
        d = Math.min(d, before[j - 2]! + 1);
      }
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // A swap reaches back two rows, so stop only when two rows in a row are over budget.
    if (rowMin > max && previousRowMin > max) return max + 1;
    previousRowMin = rowMin;
    [before, previous, current] = [previous, current, before];
  }
  let best = previous[n]!;
  if (prefix) {
    // Anchored on the stem's last letter, so dropping it ("kaasav" in "kaasata") is no match.
    const last = pattern.charCodeAt(m - 1);
    for (let j = Math.max(1, m - Math.floor(max / drop)); j < n; j++) {
      if (word.charCodeAt(j - 1) === last) best = Math.min(best, previous[j]!);
    }
  }
  return best > max ? max + 1 : best;
}

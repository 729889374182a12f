/** How extractTopics weighs what it finds; tuned on the evaluation set (npm run eval:topics). */
export const TOPIC_TUNING = Object.freeze({
  /** Longer texts are read up to here; goal texts are at most 4,000 characters. */
  maxTextLength: 20_000,
  /** Words allowed between two words of a phrase cue. */
  maxGap: 3,
  /** Factor of a cue in another language than the hinted one. */
  otherLanguage: 0.9,
  /** Quality of a word matched with one typo, and with two. */
  oneTypo: 0.85,
  twoTypos: 0.7,
  minTypoWordLength: 5,
  /** Stems shorter than this accept only swapped letters as a typo. */
  minLooseTypoStem: 8,
  /** Letters a short stem's typed word must start with for a dropped letter to count as a typo. */
  exactTypoPrefix: 4,
  /** Words allowed inside a negative phrase cue. */
  maxNegativeGap: 2,
  /** Letters an inflection may add to a stem before a typo match counts as a compound. */
  maxEnding: 4,
  memoSize: 20_000,
});

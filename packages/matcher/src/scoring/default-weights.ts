/** Soft score components, in the fixed order every sum uses (so fast and full paths agree to the bit). */
export const SCORE_COMPONENTS = [
  'topics',
  'subjects',
  'schoolLevels',
  'language',
  'country',
  'meetingModes',
  'availability',
  'freePlaces',
  'preferred',
] as const;
/** Name of a soft score component. */
export type ScoreComponent = (typeof SCORE_COMPONENTS)[number];

/** A weight per soft component; any non-negative numbers, divided by their sum. */
export type ScoreWeights = Record<ScoreComponent, number>;

/**
 * Default weights; they sum to 1, and any weights are divided by their sum so a score stays in 0..1.
 * Goals (topics) weigh most; a usable shared language is required anyway, its level adds a little;
 * `preferred` is a small bonus for mentors the mentee named.
 */
export const DEFAULT_WEIGHTS: Readonly<ScoreWeights> = Object.freeze({
  topics: 0.3,
  subjects: 0.08,
  schoolLevels: 0.08,
  language: 0.18,
  country: 0.06,
  meetingModes: 0.08,
  availability: 0.1,
  freePlaces: 0.07,
  preferred: 0.05,
});

/** Defaults overlaid with the caller's weights; a negative or non-finite weight keeps its default. */
export function resolveWeights(overrides?: Partial<ScoreWeights>): Readonly<ScoreWeights> {
  if (!overrides) return DEFAULT_WEIGHTS;
  const weights = { ...DEFAULT_WEIGHTS };
  for (const name of SCORE_COMPONENTS) {
    const value = overrides[name];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) weights[name] = value;
  }
  return weights;
}

/** Sum of the weights, added in component order. */
export function weightSum(weights: Readonly<ScoreWeights>): number {
  let sum = 0;
  for (const name of SCORE_COMPONENTS) sum += weights[name];
  return sum;
}

export { DEFAULT_WEIGHTS, SCORE_COMPONENTS, type ScoreComponent, type ScoreWeights } from './default-weights.js';
export { DEFAULT_SCORE_OPTIONS, type ScoreOptions } from './score-options.js';
export { freePlaces } from './free-places.js';
export { isPreparedMentee, prepareMentee, type PreparedMentee } from './prepare-mentee.js';
export { scorePair, type PairScore } from './score-pair.js';
export { FIT_LABELS, FIT_THRESHOLDS, fitLabel, type FitInput, type FitLabel } from './fit-label.js';
export type { GoalsState } from './mentee-context.js';

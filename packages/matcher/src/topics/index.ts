export * from './create-topic-vocabulary.js';
export * from './extract-topics.js';
export { DEFAULT_TOPIC_CUES } from './default-topic-cues.js';
export type { CueWord, ParsedCue } from './parse-cue.js';

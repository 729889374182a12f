export * from './create-topic-vocabulary.js';
export { DEFAULT_EXTRACT_TOPICS_OPTIONS, extractTopics, type ExtractTopicsOptions, type NegatedTopic, type TopicMatch } from './extract-topics.js';
export { DEFAULT_TOPIC_CUES } from './default-topic-cues.js';
export type { CueWord, ParsedCue } from './parse-cue.js';
export * from './read-goals.js';
export { NEGATION_CUES, type NegationCues } from './negation-cues.js';

import type { IsoDate, LanguageLevel, Programme } from '../model/index.js';
import type { TopicMatch, TopicVocabulary } from '../topics/index.js';
import type { ScoreWeights } from './default-weights.js';

/** Options of scorePair, rankMentors and prepareMentee. */
export interface ScoreOptions {
  /** Overrides of DEFAULT_WEIGHTS; the score divides by the sum of the weights. */
  weights?: Partial<ScoreWeights>;
  /** Its mentor and mentee rules are checked; its relationship window dates the rules. */
  programme?: Programme;
  /** Dates the rules are checked on; wins over the programme's window. */
  relationship?: { start: IsoDate; end: IsoDate };
  /** extractTopics of the mentee's goals, computed once by the caller. */
  menteeTopics?: TopicMatch[];
  /** Vocabulary for reading the goals when menteeTopics is not given. */
  topicVocabulary?: TopicVocabulary;
  /** Lowest level of a language both must have for it to count as shared. */
  minLanguageLevel?: LanguageLevel;
}

/** Defaults of ScoreOptions (weights default to DEFAULT_WEIGHTS). */
export const DEFAULT_SCORE_OPTIONS = Object.freeze({
  minLanguageLevel: 'B1' as LanguageLevel,
});

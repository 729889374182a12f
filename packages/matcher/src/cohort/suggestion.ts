import type { AnyMentor, Mentee, Programme, Reason } from '../model/index.js';
import type { ScoreOptions } from '../scoring/index.js';
import type { DuplicateMenteeOptions } from './choose-duplicate-mentees.js';

export const COHORT_STRATEGIES = ['optimal', 'greedy'] as const;
export type CohortStrategy = (typeof COHORT_STRATEGIES)[number];

/** A mentee–mentor link given by the coordinator (pin, exclusion or a pair already running). */
export interface PairRef {
  menteeId: string;
  mentorId: string;
}

export interface SuggestInput {
  mentors: readonly AnyMentor[];
  mentees: readonly Mentee[];
  /** Pairs the coordinator fixed: kept even when ineligible, and they use capacity. */
  pins?: readonly PairRef[];
  /** Pairs that must never be suggested. */
  exclusions?: readonly PairRef[];
  /** Pairs already running: they use the mentor's capacity and their mentees are not re-paired. */
  existingPairs?: readonly PairRef[];
  /** When given, only its mentors and mentees take part and its rules apply. */
  programme?: Programme;
}

/** The parts of a run, in order: scoring every pair, assigning, and writing pairs with their reasons. */
export const SUGGEST_PHASES = ['score', 'solve', 'reasons'] as const;
export type SuggestPhase = (typeof SUGGEST_PHASES)[number];

export interface SuggestOptions extends Omit<ScoreOptions, 'programme' | 'menteeTopics'> {
  strategy?: CohortStrategy;
  /** How many alternative mentors to list per mentee. */
  alternatives?: number;
  /**
   * Mentees who registered twice (same e-mail): by default only the first submission is paired and
   * the others are unmatched with a `duplicate-mentee` reason naming the kept id.
   */
  duplicates?: DuplicateMenteeOptions;
  /** Told how long each phase took, in milliseconds (benchmarks, progress displays); the result does not change. */
  onPhase?: (phase: SuggestPhase, ms: number) => void;
}

export interface SuggestedPair {
  menteeId: string;
  mentorId: string;
  /** 0..1 */
  score: number;
  reasons: Reason[];
  pinned: boolean;
  /** Blocking reasons of a pinned pair, and capacity overruns. */
  warnings?: Reason[];
}

export interface UnmatchedMentee {
  menteeId: string;
  reasons: Reason[];
}

export interface Alternative {
  mentorId: string;
  score: number;
  /** Present when the mentor has no place left: taking them means exchanging mentors with this pair. */
  swap?: AlternativeSwap;
}

/** The other side of a 2-exchange: see findSwaps for the full figures. */
export interface AlternativeSwap {
  /** The mentee now with the alternative mentor, who would get this mentee's mentor instead. */
  menteeId: string;
  /** That mentee's score with this mentee's mentor, and its change. */
  score: number;
  change: number;
  /** Change of the two pairs' total score. */
  totalChange: number;
}

export interface MentorLoad {
  /** Free places before this run: maxMentees − currentMentees. */
  free: number;
  existing: number;
  pinned: number;
  suggested: number;
  /**
   * Places left for new mentees after existing pairs, pins and suggestions (negative when pins
   * overrun); never above 0 for a mentor who takes no new mentees (not active, or not accepting requests).
   */
  remaining: number;
}

export interface CohortStats {
  /** Mentees taking part (not counting those already in an existing pair). */
  total: number;
  matched: number;
  unmatched: number;
  pinned: number;
  alreadyPaired: number;
  totalScore: number;
  /** Mean and minimum over all pairs, pinned ones included; null without pairs. */
  meanScore: number | null;
  minScore: number | null;
  load: Record<string, MentorLoad>;
}

export interface Suggestion {
  strategy: CohortStrategy;
  pairs: SuggestedPair[];
  unmatched: UnmatchedMentee[];
  alternatives: Record<string, Alternative[]>;
  stats: CohortStats;
  /** Problems in pins, exclusions and existing pairs, and people left out as outside the programme. */
  issues: Reason[];
}

import type { Reason } from './reason.js';

/** Life of a pair, from suggestion to the end of the relationship. */
export const PAIR_STATES = ['proposed', 'confirmed', 'active', 'ended-early', 'completed'] as const;
/** One of PAIR_STATES. */
export type PairState = (typeof PAIR_STATES)[number];

/** A mentor–mentee pair as a coordinator stores and exports it. */
export interface Pair {
  mentorId: string;
  menteeId: string;
  /** 0..1 */
  score: number;
  reasons: Pick<Reason, 'code' | 'params'>[] | Reason[];
  pinned: boolean;
  forbidden: boolean;
  state: PairState;
  endedBy?: 'mentor' | 'mentee' | 'coordinator';
  meetingsHeld?: number;
}

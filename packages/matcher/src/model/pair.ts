import type { Reason } from './reason.js';

export const PAIR_STATES = ['proposed', 'confirmed', 'active', 'ended-early', 'completed'] as const;
export type PairState = (typeof PAIR_STATES)[number];

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

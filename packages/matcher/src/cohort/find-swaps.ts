import type { AnyMentor, Mentee } from '../model/index.js';
import { scorePair, type ScoreOptions } from '../scoring/index.js';
import { compareCodeUnits } from '../text/compare-code-units.js';
import { pairKey } from './resolve-constraints.js';
import type { PairRef, SuggestInput, Suggestion } from './suggestion.js';

/** Exchanging mentors between the chosen pair and one other pair (a 2-exchange). */
export interface Swap {
  /** The chosen mentee and the mentor they would get (the other pair's mentor). */
  menteeId: string;
  mentorId: string;
  /** The other pair's mentee and the mentor they would get (the chosen pair's mentor). */
  otherMenteeId: string;
  otherMentorId: string;
  /** scorePair of each mentee now and after the exchange. */
  before: { score: number; otherScore: number };
  after: { score: number; otherScore: number };
  /** after − before for each mentee, and for their sum. */
  change: { score: number; otherScore: number; total: number };
}

export interface FindSwapsOptions extends Omit<ScoreOptions, 'programme' | 'menteeTopics'> {
  /** At most this many swaps, best total change first. */
  limit?: number;
  /** Only swaps that raise the total score of the two pairs. */
  improvingOnly?: boolean;
}

export const DEFAULT_FIND_SWAPS_OPTIONS = Object.freeze({ limit: Infinity, improvingOnly: false });

/**
 * The 2-exchanges a coordinator can make for one suggested pair: give the chosen mentee another
 * pair's mentor and that pair's mentee the chosen mentor. Both new pairs must be allowed (no
 * blocking reason, no exclusion); pinned pairs are never exchanged; each mentor keeps the same
 * number of mentees, so capacity holds. Scores are scorePair's, with the same options as the
 * suggestion. Order: highest total change, then the other mentee's id.
 */
export function findSwaps(suggestion: Suggestion, menteeId: string, context: SuggestInput, options: FindSwapsOptions = {}): Swap[] {
  const { limit = DEFAULT_FIND_SWAPS_OPTIONS.limit, improvingOnly = DEFAULT_FIND_SWAPS_OPTIONS.improvingOnly, ...scoring } = options;
  const chosen = suggestion.pairs.find((p) => p.menteeId === menteeId);
  if (!chosen || chosen.pinned || !(limit > 0)) return [];
  const mentees = byId(context.mentees);
  const mentors = byId(context.mentors);
  const excluded = new Set((context.exclusions ?? []).filter(isRef).map((r) => pairKey(r.menteeId, r.mentorId)));
  const pinned = new Set((context.pins ?? []).filter(isRef).map((r) => r.menteeId));
  const scoreOptions: ScoreOptions = context.programme ? { ...scoring, programme: context.programme } : scoring;
  const mentee = mentees.get(chosen.menteeId);
  const mentor = mentors.get(chosen.mentorId);
  if (!mentee || !mentor || pinned.has(chosen.menteeId)) return [];
  const score = (m: AnyMentor, e: Mentee): number | null => {
    const result = scorePair(m, e, scoreOptions);
    return result.eligible ? result.score : null;
  };
  const current = scorePair(mentor, mentee, scoreOptions).score;
  const swaps: Swap[] = [];
  for (const other of suggestion.pairs) {
    if (other.pinned || other.menteeId === chosen.menteeId || other.mentorId === chosen.mentorId || pinned.has(other.menteeId)) continue;
    if (excluded.has(pairKey(chosen.menteeId, other.mentorId)) || excluded.has(pairKey(other.menteeId, chosen.mentorId))) continue;
    const otherMentee = mentees.get(other.menteeId);
    const otherMentor = mentors.get(other.mentorId);
    if (!otherMentee || !otherMentor) continue;
    const after = score(otherMentor, mentee);
    if (after === null) continue;
    const otherAfter = score(mentor, otherMentee);
    if (otherAfter === null) continue;
    const otherBefore = scorePair(otherMentor, otherMentee, scoreOptions).score;
    const total = after + otherAfter - (current + otherBefore);
    if (improvingOnly && !(total > 0)) continue;
    swaps.push({
      menteeId: chosen.menteeId,
      mentorId: other.mentorId,
      otherMenteeId: other.menteeId,
      otherMentorId: chosen.mentorId,
      before: { score: current, otherScore: otherBefore },
      after: { score: after, otherScore: otherAfter },
      change: { score: after - current, otherScore: otherAfter - otherBefore, total },
    });
  }
  swaps.sort((a, b) => b.change.total - a.change.total || compareCodeUnits(a.otherMenteeId, b.otherMenteeId));
  return swaps.length > limit ? swaps.slice(0, limit) : swaps;
}

function byId<T extends { id: string }>(list: readonly T[] | undefined): Map<string, T> {
  const out = new Map<string, T>();
  for (const item of list ?? []) if (item && typeof item.id === 'string' && !out.has(item.id)) out.set(item.id, item);
  return out;
}

function isRef(value: unknown): value is PairRef {
  const ref = value as PairRef | null;
  return typeof ref === 'object' && ref !== null && typeof ref.menteeId === 'string' && typeof ref.mentorId === 'string';
}

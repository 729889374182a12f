import type { AnyMentor, Mentee, MenteeQuery } from '../model/index.js';
import { buildMenteeContext } from '../scoring/mentee-context.js';
import { isPreparedMentee, type PreparedMentee } from '../scoring/prepare-mentee.js';
import type { ScoreOptions } from '../scoring/score-options.js';
import { scoreWithContext, type PairScore } from '../scoring/score-pair.js';
import { isPreparedMentors, prepareMentors, type PreparedMentors } from './prepare-mentors.js';
import { INELIGIBLE, scorePrepared } from './score-prepared.js';

/** Options of rankMentors besides the score options; defaults in DEFAULT_RANK_OPTIONS. */
export interface RankOptions {
  /** Most mentors to return (eligible ones first); all when absent. */
  limit?: number;
  /** Also list ineligible mentors, after the eligible ones, by id, with their blocking reasons. */
  includeIneligible?: boolean;
}

/** Defaults of RankOptions: every eligible mentor, no ineligible ones. */
export const DEFAULT_RANK_OPTIONS: Readonly<Required<RankOptions>> = Object.freeze({
  limit: Number.POSITIVE_INFINITY,
  includeIneligible: false,
});

/** One mentor in a ranking, with the full scorePair result (score, reasons). */
export interface RankedMentor<M extends AnyMentor = AnyMentor> {
  mentor: M;
  result: PairScore;
  /** 1-based position in the returned list. */
  rank: number;
}

/**
 * Mentors for one mentee, best first (score desc, ties by id). The kernel scores every mentor over
 * typed arrays; only the returned mentors go through scorePair for their reasons. A mentee from
 * prepareMentee brings its own score options; then only the rank options here count.
 */
export function rankMentors<M extends AnyMentor = AnyMentor>(
  mentee: Mentee | MenteeQuery | PreparedMentee,
  mentors: readonly M[] | PreparedMentors<M>,
  rankOptions: RankOptions & ScoreOptions = {},
): RankedMentor<M>[] {
  const options = rankOptions ?? {};
  const prepared: PreparedMentors<M> = isPreparedMentors(mentors) ? (mentors as PreparedMentors<M>) : prepareMentors(mentors as readonly M[]);
  const limit = resolveLimit(options.limit ?? DEFAULT_RANK_OPTIONS.limit, prepared.count);
  if (limit === 0) return [];
  const ctx = isPreparedMentee(mentee) ? mentee.context : buildMenteeContext(mentee, options);
  const scores = scorePrepared(prepared, ctx);
  const chosen = topIndices(scores, limit);
  if (options.includeIneligible ?? DEFAULT_RANK_OPTIONS.includeIneligible) {
    for (let i = 0; i < prepared.count && chosen.length < limit; i++) if (scores[i] === INELIGIBLE) chosen.push(i);
  }
  return chosen.map((i, position) => ({
    mentor: prepared.mentors[i] as M,
    result: scoreWithContext(prepared.mentors[i] as M, ctx),
    rank: position + 1,
  }));
}

function resolveLimit(limit: unknown, count: number): number {
  if (typeof limit !== 'number' || Number.isNaN(limit)) return count;
  return Math.max(0, Math.min(count, Math.floor(limit)));
}

/**
 * Indices of the `k` best eligible scores, best first; equal scores keep index order, which is id
 * order because prepared mentors are sorted by id. Insertion into a short sorted list: k is small.
 */
export function topIndices(scores: Float64Array, k: number): number[] {
  if (k > 64) return sortedEligible(scores).slice(0, k);
  const top: number[] = [];
  let floor = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i] as number;
    if (s === INELIGIBLE) continue;
    if (top.length === k && s <= floor) continue;
    let at = top.length;
    while (at > 0 && (scores[top[at - 1] as number] as number) < s) at--;
    top.splice(at, 0, i);
    if (top.length > k) top.pop();
    if (top.length === k) floor = scores[top[k - 1] as number] as number;
  }
  return top;
}

function sortedEligible(scores: Float64Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < scores.length; i++) if (scores[i] !== INELIGIBLE) out.push(i);
  return out.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
}

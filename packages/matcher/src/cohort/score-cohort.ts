import type { AnyMentor, Mentee, Reason } from '../model/index.js';
import { prepareMentors, type PreparedMentors } from '../ranking/prepare-mentors.js';
import { buildMenteeContext, type MenteeContext } from '../scoring/mentee-context.js';
import type { ScoreOptions } from '../scoring/score-options.js';
import { blockingWithContext, scoreWithContext, type PairScore } from '../scoring/score-pair.js';
import { extractTopics } from '../topics/index.js';
import { splitPairKey } from './resolve-constraints.js';
import { scorePreparedRow } from './score-prepared-row.js';

export interface CohortScores {
  rows: number;
  cols: number;
  /** Row-major (mentee × mentor) scores; −Infinity where the pair is blocked or excluded. */
  matrix: Float64Array;
  /** The full scorePair result of one pair (reasons included), computed on demand. */
  result(row: number, col: number): PairScore;
  /** Blocking reasons of one pair, coordinator exclusions included. */
  blocking(row: number, col: number): Reason[];
}

export const EXCLUDED_BY_COORDINATOR: Reason = Object.freeze({ code: 'excluded-by-coordinator', effect: 'blocking' }) as Reason;

/** Column of each prepared mentor: prepared mentors are the same records, re-sorted. */
function columnsOf(prepared: PreparedMentors, mentors: readonly AnyMentor[]): Int32Array {
  const slots = new Map<AnyMentor, number[]>();
  mentors.forEach((m, j) => slots.set(m, [...(slots.get(m) ?? []), j]));
  const out = new Int32Array(prepared.count).fill(-1);
  prepared.mentors.forEach((m, i) => (out[i] = slots.get(m)?.shift() ?? -1));
  return out;
}

/** menteeId → columns the coordinator excluded (every mentor with the excluded id). */
function excludedColumns(excluded: ReadonlySet<string>, mentors: readonly AnyMentor[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  if (excluded.size === 0) return out;
  const columns = new Map<string, number[]>();
  mentors.forEach((m, j) => columns.set(m.id, [...(columns.get(m.id) ?? []), j]));
  for (const [menteeId, mentorId] of [...excluded].map(splitPairKey)) {
    out.set(menteeId, [...(out.get(menteeId) ?? []), ...(columns.get(mentorId) ?? [])]);
  }
  return out;
}

/**
 * Scores every pair with the ranking kernel (mentors decoded once, one typed-array pass per mentee);
 * reasons come from scorePair later, only for the pairs that are shown. Each mentee's goals are read once.
 */
export function scoreCohort(
  mentees: readonly Mentee[],
  mentors: readonly AnyMentor[],
  excluded: ReadonlySet<string>,
  options: ScoreOptions,
): CohortScores {
  const rows = mentees.length;
  const cols = mentors.length;
  const matrix = new Float64Array(rows * cols).fill(Number.NEGATIVE_INFINITY);
  const prepared = prepareMentors(mentors as AnyMentor[]);
  const columnOf = columnsOf(prepared, mentors);
  const excludedBy = excludedColumns(excluded, mentors);
  const vocabulary = options.topicVocabulary ? { vocabulary: options.topicVocabulary } : {};
  const scratch = new Float64Array(prepared.count);
  const contexts: MenteeContext[] = mentees.map((mentee, i) => {
    const menteeTopics = extractTopics(mentee.goals?.text ?? '', { lang: mentee.goals?.lang ?? null, ...vocabulary });
    const ctx = buildMenteeContext(mentee, { ...options, menteeTopics });
    scorePreparedRow(prepared, ctx, columnOf, matrix, i * cols, scratch);
    for (const j of excludedBy.get(mentee.id) ?? []) matrix[i * cols + j] = Number.NEGATIVE_INFINITY;
    return ctx;
  });
  const result = (i: number, j: number) => scoreWithContext(mentors[j] as AnyMentor, contexts[i] as MenteeContext);
  const blocking = (i: number, j: number): Reason[] => {
    const blocks = blockingWithContext(mentors[j] as AnyMentor, contexts[i] as MenteeContext);
    if (excludedBy.get((mentees[i] as Mentee).id)?.includes(j)) blocks.push(EXCLUDED_BY_COORDINATOR);
    return blocks;
  };
  return { rows, cols, matrix, result, blocking };
}

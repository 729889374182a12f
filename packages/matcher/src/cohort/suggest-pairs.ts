import { solveAssignment } from '../assignment/index.js';
import type { Mentee, Reason } from '../model/index.js';
import { freePlaces, type ScoreOptions } from '../scoring/index.js';
import { compareCodeUnits } from '../text/compare-code-units.js';
import { checkSuggestArguments } from './check-suggest-arguments.js';
import { chooseDuplicateMentees } from './choose-duplicate-mentees.js';
import { cohortStats } from './cohort-stats.js';
import { explainUnmatched, type MentorVerdict } from './explain-unmatched.js';
import { findAlternatives } from './find-alternatives.js';
import { groupDuplicateMentees } from './find-duplicate-mentees.js';
import { greedyAssign, type CohortAssignment } from './greedy-assign.js';
import { resolveConstraints } from './resolve-constraints.js';
import { scoreCohort, type CohortScores } from './score-cohort.js';
import { selectCohort } from './select-cohort.js';
import type { CohortStrategy, SuggestedPair, SuggestInput, Suggestion, SuggestOptions, SuggestPhase, UnmatchedMentee } from './suggestion.js';

export const DEFAULT_SUGGEST_OPTIONS = Object.freeze({
  strategy: 'optimal' as CohortStrategy,
  alternatives: 3,
});

/** Rows of the matrix the solver sees: mentees without a pin. */
function subMatrix(scores: CohortScores, rows: readonly number[]): Float64Array {
  if (rows.length === scores.rows) return scores.matrix;
  const out = new Float64Array(rows.length * scores.cols);
  rows.forEach((i, r) => out.set(scores.matrix.subarray(i * scores.cols, (i + 1) * scores.cols), r * scores.cols));
  return out;
}

function solve(strategy: CohortStrategy, matrix: Float64Array, room: number[], rows: number, cols: number, issues: Reason[]): CohortAssignment {
  if (rows === 0 || cols === 0) return { assignment: new Int32Array(rows).fill(-1), matched: 0, total: 0 };
  if (strategy === 'greedy') return greedyAssign(matrix, room, rows, cols);
  const result = solveAssignment(matrix, room, { rows, cols });
  if (result.status === 'optimal') return result;
  issues.push({ code: 'solver-failed', effect: 'negative', params: { status: String(result.status) } });
  return greedyAssign(matrix, room, rows, cols);
}

/**
 * Records of one person's duplicate registrations that sit out this run, with the reason naming
 * the kept record. Their rows are blocked, so neither the solver nor the alternatives use them.
 */
function skipDuplicates(
  mentees: readonly Mentee[],
  pool: readonly Mentee[],
  constraints: ReturnType<typeof resolveConstraints>,
  scores: CohortScores,
  options: NonNullable<SuggestOptions['duplicates']>,
): Map<string, Reason> {
  const out = new Map<string, Reason>();
  const groups = groupDuplicateMentees(mentees);
  if (groups.length === 0) return out;
  const rowOf = new Map(pool.map((m, i) => [m.id, i]));
  const fixed = new Set([...constraints.alreadyPaired, ...constraints.pins.keys()]);
  const bestScore = (id: string): number => {
    const i = rowOf.get(id);
    let best = Number.NEGATIVE_INFINITY;
    if (i === undefined) return best;
    for (let j = 0; j < scores.cols; j++) best = Math.max(best, scores.matrix[i * scores.cols + j] as number);
    return best;
  };
  const menteeById = new Map(mentees.map((m) => [m.id, m]));
  const kept = chooseDuplicateMentees(groups, { mentees: menteeById, fixed, bestScore }, options);
  const groupOf = new Map(groups.flatMap((g) => g.map((id) => [id, g] as const)));
  for (const [id, keptId] of kept) {
    const i = rowOf.get(id);
    if (i === undefined) continue;
    scores.matrix.fill(Number.NEGATIVE_INFINITY, i * scores.cols, (i + 1) * scores.cols);
    out.set(id, { code: 'duplicate-mentee', effect: 'blocking', params: { menteeIds: [...(groupOf.get(id) ?? [])], keptMenteeId: keptId } });
  }
  return out;
}

/** Reports the time since the previous phase ended, when asked to. */
function phaseClock(onPhase: SuggestOptions['onPhase']): (phase: SuggestPhase) => void {
  if (typeof onPhase !== 'function') return () => undefined;
  const clock = (globalThis as { performance?: { now(): number } }).performance;
  const now = () => clock?.now() ?? Date.now();
  let last = now();
  return (phase) => {
    const at = now();
    onPhase(phase, at - last);
    last = at;
  };
}

function pinWarnings(blocking: readonly Reason[], over: { free: number; pinned: number } | null): Reason[] {
  const warnings = [...blocking];
  if (over) warnings.push({ code: 'pin-over-capacity', effect: 'blocking', params: over });
  return warnings;
}

/**
 * Suggests mentor–mentee pairs for a cohort: scores every pair, keeps the coordinator's pins, never
 * pairs exclusions, counts existing pairs against capacity, and assigns the rest with the exact
 * solver (most pairs first, then the highest total score) or a greedy baseline. Every unmatched
 * mentee gets reasons; every paired mentee gets alternative mentors who still have room, or whom
 * they can have by exchanging mentors with another pair (a 2-exchange, with both scores' change).
 * Input that is not lists of records, or options out of range, is a TypeError or RangeError naming it.
 */
export function suggestPairs(input: SuggestInput, options: SuggestOptions = {}): Suggestion {
  checkSuggestArguments(input, options);
  const { strategy = DEFAULT_SUGGEST_OPTIONS.strategy, alternatives = DEFAULT_SUGGEST_OPTIONS.alternatives, onPhase, duplicates = {}, ...scoring } = options;
  const phase = phaseClock(onPhase);
  const cohort = selectCohort(input.mentees ?? [], input.mentors ?? [], input.programme, scoring.topicVocabulary);
  const { mentors } = cohort;
  const constraints = resolveConstraints(input, new Set(cohort.mentees.map((m) => m.id)), new Set(mentors.map((m) => m.id)));
  const issues = [...cohort.issues, ...constraints.issues];
  const pool: Mentee[] = cohort.mentees.filter((m) => !constraints.alreadyPaired.has(m.id));
  const scoreOptions: ScoreOptions = input.programme ? { ...scoring, programme: input.programme } : scoring;
  const scores = scoreCohort(pool, mentors, constraints.excluded, scoreOptions);
  const cols = mentors.length;
  const mentorIndex = new Map(mentors.map((m, j) => [m.id, j]));
  /** An allowed pair has no blocking reasons, so they are only worked out for the others. */
  const allowed = (i: number, j: number) => (scores.matrix[i * cols + j] as number) > Number.NEGATIVE_INFINITY;

  const sitOut = skipDuplicates(cohort.mentees, pool, constraints, scores, duplicates);

  const free = mentors.map((m) => freePlaces(m));
  const existing = mentors.map((m) => constraints.existingByMentor.get(m.id) ?? 0);
  const pinned = mentors.map(() => 0);
  const assigned = new Int32Array(pool.length).fill(-1);
  pool.forEach((mentee, i) => {
    const mentorId = constraints.pins.get(mentee.id);
    const j = mentorId === undefined ? undefined : mentorIndex.get(mentorId);
    if (j === undefined) return;
    assigned[i] = j;
    pinned[j] = (pinned[j] ?? 0) + 1;
  });
  const room = mentors.map((_, j) => Math.max(0, (free[j] ?? 0) - (existing[j] ?? 0) - (pinned[j] ?? 0)));

  phase('score');
  const openRows = pool.map((_, i) => i).filter((i) => assigned[i] === -1);
  const solved = solve(strategy, subMatrix(scores, openRows), room, openRows.length, cols, issues);
  const suggested = mentors.map(() => 0);
  openRows.forEach((i, r) => {
    const j = solved.assignment[r] ?? -1;
    if (j < 0) return;
    assigned[i] = j;
    suggested[j] = (suggested[j] ?? 0) + 1;
  });
  phase('solve');

  const pinnedIds = new Set(constraints.pins.keys());
  // Verdicts in id order (ties by column), so explaining each unmatched mentee finds them already sorted.
  const byId = mentors.map((_, c) => c).sort((a, b) => compareCodeUnits((mentors[a] as { id: string }).id, (mentors[b] as { id: string }).id) || a - b);
  const pairs: SuggestedPair[] = [];
  const unmatched: UnmatchedMentee[] = [];
  pool.forEach((mentee, i) => {
    const j = assigned[i] as number;
    const duplicate = sitOut.get(mentee.id);
    if (duplicate) {
      unmatched.push({ menteeId: mentee.id, reasons: [duplicate] });
      return;
    }
    if (j < 0) {
      const verdicts: MentorVerdict[] = byId.map((c) => ({ mentorId: (mentors[c] as { id: string }).id, blocking: allowed(i, c) ? [] : scores.blocking(i, c), room: room[c] ?? 0 }));
      const languages = (mentee.languages ?? []).map((l) => l.code);
      unmatched.push({ menteeId: mentee.id, reasons: explainUnmatched(verdicts, languages) });
      return;
    }
    const result = scores.result(i, j);
    const isPinned = pinnedIds.has(mentee.id);
    const pair: SuggestedPair = {
      menteeId: mentee.id,
      mentorId: (mentors[j] as { id: string }).id,
      score: result.score,
      reasons: result.reasons.filter((r) => r.effect !== 'blocking'),
      pinned: isPinned,
    };
    if (isPinned) {
      const places = Math.max(0, (free[j] ?? 0) - (existing[j] ?? 0));
      const over = (pinned[j] ?? 0) > places ? { free: places, pinned: pinned[j] ?? 0 } : null;
      const warnings = pinWarnings(allowed(i, j) ? [] : scores.blocking(i, j), over);
      if (warnings.length > 0) pair.warnings = warnings;
    }
    pairs.push(pair);
  });

  const remaining = room.map((r, j) => r - (suggested[j] ?? 0));
  const mentorIds = mentors.map((m) => m.id);
  const fixedRows = pool.map((mentee) => pinnedIds.has(mentee.id));
  const alternativeLists = findAlternatives({
    rows: pool.length,
    cols,
    matrix: scores.matrix,
    assigned,
    remaining,
    colIds: mentorIds,
    limit: alternatives,
    rowIds: pool.map((m) => m.id),
    fixedRows,
  });
  const alternativesById: Suggestion['alternatives'] = {};
  pool.forEach((mentee, i) => (alternativesById[mentee.id] = alternativeLists[i] ?? []));

  const alreadyPaired = cohort.mentees.length - pool.length;
  // The same test scoring blocks on: a paused or closed mentor has no place left for this run.
  const open = mentors.map((m) => m.status === 'active' && m.capacity?.acceptingRequests !== false);
  const stats = cohortStats({ pairs, total: pool.length, alreadyPaired, mentorIds, free, existing, pinned, suggested, open });
  phase('reasons');
  return { strategy, pairs, unmatched, alternatives: alternativesById, stats, issues };
}

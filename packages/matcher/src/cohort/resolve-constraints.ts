import type { Reason } from '../model/index.js';
import type { PairRef } from './suggestion.js';

export interface ConstraintLists {
  pins?: readonly PairRef[] | undefined;
  exclusions?: readonly PairRef[] | undefined;
  existingPairs?: readonly PairRef[] | undefined;
}

export interface ResolvedConstraints {
  /** menteeId → mentorId, one pin per mentee. */
  pins: Map<string, string>;
  /** Keys from `pairKey`. */
  excluded: Set<string>;
  /** mentorId → number of existing pairs. */
  existingByMentor: Map<string, number>;
  /** Mentees in existing pairs: not paired again. */
  alreadyPaired: Set<string>;
  issues: Reason[];
}

export const pairKey = (menteeId: string, mentorId: string): string => `${menteeId}\u0000${mentorId}`;

export function splitPairKey(key: string): [menteeId: string, mentorId: string] {
  const at = key.indexOf('\u0000');
  return [key.slice(0, at), key.slice(at + 1)];
}

function issue(code: string, list: string, ref: PairRef, extra: Record<string, string> = {}): Reason {
  return { code, effect: 'negative', params: { list, menteeId: ref.menteeId, mentorId: ref.mentorId, ...extra } };
}

function isRef(value: unknown): value is PairRef {
  const ref = value as PairRef | null;
  return typeof ref === 'object' && ref !== null && typeof ref.menteeId === 'string' && typeof ref.mentorId === 'string';
}

/**
 * Checks the coordinator's lists against the people in the run. Entries naming someone outside the
 * run are reported, not silently dropped; an existing pair may name a mentee outside the run (an
 * earlier cohort) but must name a known mentor.
 */
export function resolveConstraints(
  lists: ConstraintLists,
  menteeIds: ReadonlySet<string>,
  mentorIds: ReadonlySet<string>,
): ResolvedConstraints {
  const issues: Reason[] = [];
  const excluded = new Set<string>();
  const existingByMentor = new Map<string, number>();
  const alreadyPaired = new Set<string>();
  const pins = new Map<string, string>();
  // An entry that is not { menteeId, mentorId } is named by its list and index, having no ids to name it by.
  const known = (list: string, ref: unknown, index: number, menteeMayBeOutside = false): ref is PairRef => {
    if (!isRef(ref)) {
      issues.push({ code: 'invalid-pair-ref', effect: 'negative', params: { list, index } });
      return false;
    }
    if (!menteeMayBeOutside && !menteeIds.has(ref.menteeId)) issues.push(issue('not-in-cohort', list, ref, { side: 'mentee' }));
    else if (!mentorIds.has(ref.mentorId)) issues.push(issue('not-in-cohort', list, ref, { side: 'mentor' }));
    else return true;
    return false;
  };
  for (const [index, ref] of (lists.existingPairs ?? []).entries()) {
    if (!known('existingPairs', ref, index, true)) continue;
    existingByMentor.set(ref.mentorId, (existingByMentor.get(ref.mentorId) ?? 0) + 1);
    alreadyPaired.add(ref.menteeId);
  }
  for (const [index, ref] of (lists.exclusions ?? []).entries()) if (known('exclusions', ref, index)) excluded.add(pairKey(ref.menteeId, ref.mentorId));
  for (const [index, ref] of (lists.pins ?? []).entries()) {
    if (!known('pins', ref, index)) continue;
    const kept = pins.get(ref.menteeId);
    if (alreadyPaired.has(ref.menteeId)) issues.push(issue('pin-already-paired', 'pins', ref));
    else if (kept !== undefined) {
      if (kept !== ref.mentorId) issues.push(issue('duplicate-pin', 'pins', ref, { keptMentorId: kept }));
    } else pins.set(ref.menteeId, ref.mentorId);
  }
  return { pins, excluded, existingByMentor, alreadyPaired, issues };
}

import type { PairRef } from '@mentor-finder/matcher';
import { byId } from './by-id.js';

/** How the pairs of a run differ from the run before. */
export interface PairChanges {
  /** Mentees paired now who were not before. */
  added: string[];
  /** Pairs of the last run whose mentee has no pair now. */
  removed: PairRef[];
  /** Mentees with another mentor than before. */
  changed: { menteeId: string; from: string; to: string }[];
}

/** Compares two runs' pairs by mentee; every list is sorted by mentee id. */
export function diffPairs(previous: readonly PairRef[], next: readonly PairRef[]): PairChanges {
  const before = new Map(previous.map((p) => [p.menteeId, p.mentorId]));
  const after = new Map(next.map((p) => [p.menteeId, p.mentorId]));
  const added: string[] = [];
  const changed: PairChanges['changed'] = [];
  for (const [menteeId, mentorId] of after) {
    const was = before.get(menteeId);
    if (was === undefined) added.push(menteeId);
    else if (was !== mentorId) changed.push({ menteeId, from: was, to: mentorId });
  }
  const removed = previous.filter((p) => !after.has(p.menteeId)).map((p) => ({ menteeId: p.menteeId, mentorId: p.mentorId }));
  return {
    added: added.sort(byId),
    removed: removed.sort((a, b) => byId(a.menteeId, b.menteeId)),
    changed: changed.sort((a, b) => byId(a.menteeId, b.menteeId)),
  };
}

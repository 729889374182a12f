import type { Reason, Suggestion } from '@mentor-finder/matcher';

/** One person's records (same e-mail) and the one that takes part in the run. */
export interface DuplicateGroup {
  menteeIds: readonly string[];
  keptMenteeId: string;
  /** The run's own reason, for its words. */
  reason: Reason;
}

const DUPLICATE = 'duplicate-mentee';
const cache = new WeakMap<Suggestion, Map<string, DuplicateGroup>>();

/** Each record of a registered-twice person, by id, with its group; from the records that sat out. */
export function duplicateGroups(suggestion: Suggestion): ReadonlyMap<string, DuplicateGroup> {
  const cached = cache.get(suggestion);
  if (cached) return cached;
  const groups = new Map<string, DuplicateGroup>();
  cache.set(suggestion, groups);
  for (const entry of suggestion.unmatched) {
    for (const reason of entry.reasons) {
      const ids = reason.params?.['menteeIds'];
      const kept = reason.params?.['keptMenteeId'];
      if (reason.code !== DUPLICATE || !Array.isArray(ids) || typeof kept !== 'string' || groups.has(kept)) continue;
      const group: DuplicateGroup = { menteeIds: ids, keptMenteeId: kept, reason };
      for (const id of ids) groups.set(id, group);
    }
  }
  return groups;
}

/** The records to keep after choosing `menteeId`: its group's earlier choice replaced. */
export function chooseRecord(keep: readonly string[] | undefined, group: DuplicateGroup, menteeId: string): string[] {
  return [...(keep ?? []).filter((id) => !group.menteeIds.includes(id)), menteeId];
}

import type { Mentee, Reason } from '../model/index.js';
import { compareCodeUnits } from '../text/compare-code-units.js';

/**
 * Groups of mentee ids that share an e-mail address (compared without case and surrounding
 * spaces), each group sorted by id, groups by their first id.
 */
export function groupDuplicateMentees(mentees: readonly Mentee[]): string[][] {
  const byEmail = new Map<string, string[]>();
  for (const mentee of mentees) {
    const email = mentee.private?.email;
    if (typeof email !== 'string' || email.trim() === '') continue;
    const key = email.trim().toLowerCase();
    const ids = byEmail.get(key);
    if (ids) ids.push(mentee.id);
    else byEmail.set(key, [mentee.id]);
  }
  return [...byEmail.values()]
    .filter((ids) => ids.length > 1)
    .map((ids) => [...ids].sort(compareCodeUnits))
    .sort((a, b) => compareCodeUnits(a[0]!, b[0]!));
}

/**
 * Mentees who registered with the same e-mail address: most likely one person who sent the form
 * twice. Reported for the coordinator, who decides which record stays (suggestPairs' `duplicates`
 * option). The address itself is not repeated in the reason.
 */
export function findDuplicateMentees(mentees: readonly Mentee[]): Reason[] {
  return groupDuplicateMentees(mentees).map((menteeIds) => ({ code: 'duplicate-mentee', effect: 'negative', params: { menteeIds } }));
}

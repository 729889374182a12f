import type { AnyMentor, Mentee, Reason } from '../model/index.js';
import { compareCodeUnits } from '../text/compare-code-units.js';

/**
 * Groups of ids of records that share an e-mail address (compared without case and surrounding
 * spaces), each group sorted by id, groups by their first id. Records without one (public mentor
 * records) are in no group.
 */
export function groupByEmail(people: readonly { id: string; private?: { email?: unknown } }[]): string[][] {
  const byEmail = new Map<string, string[]>();
  for (const person of people) {
    const email = person.private?.email;
    if (typeof email !== 'string' || email.trim() === '') continue;
    const key = email.trim().toLowerCase();
    const ids = byEmail.get(key);
    if (ids) ids.push(person.id);
    else byEmail.set(key, [person.id]);
  }
  return [...byEmail.values()]
    .filter((ids) => ids.length > 1)
    .map((ids) => [...ids].sort(compareCodeUnits))
    .sort((a, b) => compareCodeUnits(a[0]!, b[0]!));
}

/** Groups of mentee ids that share an e-mail address (see groupByEmail). */
export function groupDuplicateMentees(mentees: readonly Mentee[]): string[][] {
  return groupByEmail(mentees);
}

/**
 * Mentees who registered with the same e-mail address: most likely one person who sent the form
 * twice. Reported for the coordinator, who decides which record stays (suggestPairs' `duplicates`
 * option). The address itself is not repeated in the reason.
 */
export function findDuplicateMentees(mentees: readonly Mentee[]): Reason[] {
  return groupDuplicateMentees(mentees).map((menteeIds) => ({ code: 'duplicate-mentee', effect: 'negative', params: { menteeIds } }));
}

/**
 * Mentors who registered with the same e-mail address. Each record offers its own places, so one
 * person could be given more mentees than they offered; the coordinator removes a record or lowers
 * its places. (Two people sharing a school's mailbox show here too, which is why nothing is dropped.)
 */
export function findDuplicateMentors(mentors: readonly AnyMentor[]): Reason[] {
  const withPrivate = mentors as readonly { id: string; private?: { email?: unknown } }[];
  return groupByEmail(withPrivate).map((mentorIds) => ({ code: 'duplicate-mentor', effect: 'negative', params: { mentorIds } }));
}

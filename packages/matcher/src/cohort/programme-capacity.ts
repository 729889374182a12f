import type { AnyMentor, Programme, Reason } from '../model/index.js';
import { maxMentees, programmeMenteeLimit } from '../scoring/free-places.js';

/**
 * Mentors held to the programme's most mentees per mentor (`capacity.maxMentees`): one who offers
 * more is paired as if offering that many, and is named in a `capacity-above-programme` issue. A
 * registration form keeps to the limit; files put together by hand may not.
 */
export function capToProgramme(mentors: readonly AnyMentor[], programme?: Programme): { mentors: AnyMentor[]; issues: Reason[] } {
  const limit = programmeMenteeLimit(programme);
  if (limit === Number.POSITIVE_INFINITY) return { mentors: [...mentors], issues: [] };
  const over: string[] = [];
  const capped = mentors.map((mentor) => {
    if (maxMentees(mentor) <= limit) return mentor;
    over.push(mentor.id);
    return { ...mentor, capacity: { ...mentor.capacity, maxMentees: limit } } as AnyMentor;
  });
  const issues: Reason[] = over.length === 0 ? [] : [{ code: 'capacity-above-programme', effect: 'negative', params: { programme: programme!.id, limit, ids: over } }];
  return { mentors: capped, issues };
}

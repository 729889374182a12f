import type { AnyMentor } from '../model/index.js';
import { finiteOr } from './finite-or.js';

/**
 * Places a mentor can still take. A full record knows max - current; a public record only knows
 * whether it is full, so an available public mentor counts as having all places free. Given the
 * programme, places above its most mentees per mentor do not count.
 */
export function freePlaces(mentor: AnyMentor, programme?: { capacity?: { maxMentees?: number } }): number {
  const capacity = mentor.capacity as Partial<{ maxMentees: number; currentMentees: number; status: string }> | undefined;
  const max = maxMentees(mentor);
  const over = programme === undefined ? 0 : placesOverLimit(max, programmeMenteeLimit(programme));
  if (typeof capacity?.currentMentees === 'number') return Math.max(0, max - finiteOr(capacity.currentMentees, max) - over);
  if (capacity?.status === 'full') return 0;
  return Math.max(0, max - over);
}

/**
 * Places a programme's most mentees per mentor (`limit`, Infinity when it sets none) takes from a
 * mentor who offers `max`: subtracted from both the free places and the maximum.
 */
export function placesOverLimit(max: number, limit: number): number {
  return max > limit ? max - limit : 0;
}

/** The programme's most mentees per mentor; Infinity when it sets none. */
export function programmeMenteeLimit(programme: { capacity?: { maxMentees?: number } } | undefined): number {
  const limit = programme?.capacity?.maxMentees;
  return typeof limit === 'number' && Number.isFinite(limit) && limit >= 0 ? limit : Number.POSITIVE_INFINITY;
}

/** The mentor's maximum number of mentees; 0 when unreadable. */
export function maxMentees(mentor: AnyMentor): number {
  return finiteOr(mentor.capacity?.maxMentees, 0);
}

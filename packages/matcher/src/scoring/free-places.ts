import type { AnyMentor } from '../model/index.js';
import { finiteOr } from './finite-or.js';

/**
 * Places a mentor can still take. A full record knows max - current; a public record only knows
 * whether it is full, so an available public mentor counts as having all places free.
 */
export function freePlaces(mentor: AnyMentor): number {
  const capacity = mentor.capacity as Partial<{ maxMentees: number; currentMentees: number; status: string }> | undefined;
  const max = maxMentees(mentor);
  if (typeof capacity?.currentMentees === 'number') return Math.max(0, max - finiteOr(capacity.currentMentees, max));
  if (capacity?.status === 'full') return 0;
  return Math.max(0, max);
}

/** The mentor's maximum number of mentees; 0 when unreadable. */
export function maxMentees(mentor: AnyMentor): number {
  return finiteOr(mentor.capacity?.maxMentees, 0);
}

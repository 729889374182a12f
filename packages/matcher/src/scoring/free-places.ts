import type { AnyMentor } from '../model/index.js';

/**
 * Places a mentor can still take. A full record knows max - current; a public record only knows
 * whether it is full, so an available public mentor counts as having all places free.
 */
export function freePlaces(mentor: AnyMentor): number {
  const capacity = mentor.capacity as Partial<{ maxMentees: number; currentMentees: number; status: string }> | undefined;
  const max = finiteOr(capacity?.maxMentees, 0);
  if (typeof capacity?.currentMentees === 'number') return Math.max(0, max - finiteOr(capacity.currentMentees, max));
  if (capacity?.status === 'full') return 0;
  return Math.max(0, max);
}

function finiteOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

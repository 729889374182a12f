import type { ReplyStats } from '../model/index.js';

/** Answered requests needed before a mentor's reply time is shown: fewer says little about them. */
export const MIN_ANSWERED_FOR_REPLY_TIME = 3;

/**
 * "Usually answers within N days" from a mentor's reply statistics: the median rounded up to whole
 * days, at least 1. Undefined with fewer than 3 answers or unreadable figures. `medianDays` (the
 * server's column name) is read when `medianDaysToAnswer` is absent.
 */
export function usuallyAnswersWithinDays(stats: ReplyStats | { answered: number; medianDays: number } | undefined): number | undefined {
  if (typeof stats !== 'object' || stats === null) return undefined;
  const { answered } = stats;
  const median = 'medianDaysToAnswer' in stats ? stats.medianDaysToAnswer : (stats as { medianDays?: unknown }).medianDays;
  if (typeof answered !== 'number' || !(answered >= MIN_ANSWERED_FOR_REPLY_TIME)) return undefined;
  if (typeof median !== 'number' || !Number.isFinite(median) || median < 0) return undefined;
  // A tiny float excess (2.0000000001 days) is not a third day.
  return Math.min(3660, Math.max(1, Math.ceil(median - 1e-9)));
}

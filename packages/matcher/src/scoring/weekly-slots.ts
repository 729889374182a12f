import { WEEKDAYS, type Weekday } from '../model/index.js';
import { clockMinutes } from './iso-day.js';

const MINUTES_PER_DAY = 1440;

/** Weekly slots as flat [start, end, start, end…] minutes of the week; invalid or empty slots dropped. */
export function weekMinutes(weekly: unknown): number[] {
  if (!Array.isArray(weekly)) return [];
  const out: number[] = [];
  for (const slot of weekly as { day?: unknown; start?: unknown; end?: unknown }[]) {
    const day = WEEKDAYS.indexOf(slot?.day as Weekday);
    const start = clockMinutes(slot?.start);
    const end = clockMinutes(slot?.end);
    if (day < 0 || !(end > start)) continue;
    out.push(day * MINUTES_PER_DAY + start, day * MINUTES_PER_DAY + end);
  }
  return out;
}

const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/**
 * Minutes shared by two flat slot lists (ranges [aFrom, aTo) and [bFrom, bTo) of the arrays), the
 * second read `shift` minutes later (another time zone's clock), wrapping around the week.
 */
export function overlapMinutes(
  a: ArrayLike<number>,
  aFrom: number,
  aTo: number,
  b: ArrayLike<number>,
  bFrom: number,
  bTo: number,
  shift = 0,
): number {
  let total = 0;
  for (let j = bFrom; j < bTo; j += 2) {
    const start = (((b[j] as number) + shift) % MINUTES_PER_WEEK + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
    const end = start + (b[j + 1] as number) - (b[j] as number);
    total += shared(a, aFrom, aTo, start, Math.min(end, MINUTES_PER_WEEK));
    if (end > MINUTES_PER_WEEK) total += shared(a, aFrom, aTo, 0, end - MINUTES_PER_WEEK);
  }
  return total;
}

function shared(a: ArrayLike<number>, aFrom: number, aTo: number, from: number, to: number): number {
  let total = 0;
  for (let i = aFrom; i < aTo; i += 2) {
    const lo = (a[i] as number) > from ? (a[i] as number) : from;
    const hi = (a[i + 1] as number) < to ? (a[i + 1] as number) : to;
    if (hi > lo) total += hi - lo;
  }
  return total;
}

/** Old tz data names Kyiv differently; both are the same zone. */
export function canonicalTimezone(zone: unknown): string {
  if (typeof zone !== 'string') return '';
  return zone === 'Europe/Kiev' ? 'Europe/Kyiv' : zone;
}

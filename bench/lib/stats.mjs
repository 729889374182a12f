// Helpers shared by the benchmarks (seeded data, timing statistics); run.mjs also starts this file, which does nothing alone.
import { performance } from 'node:perf_hooks';

/** Deterministic generator (mulberry32) so every run benches the same data. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = (rand, list) => list[Math.floor(rand() * list.length)];

/** Between min and max distinct items of the list. */
export function someOf(rand, list, min, max) {
  const count = min + Math.floor(rand() * (max - min + 1));
  const pool = [...list];
  const out = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]);
  return out;
}


export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * How far `median(a) / median(b)` may move on a noisy machine: a bootstrap interval over paired runs
 * (a[i] and b[i] measured side by side are drawn together, with replacement). Seeded, so the same
 * figures always give the same interval. Returns [low, high] covering `coverage` of the resamples.
 */
export function ratioInterval(a, b, { coverage = 0.9, resamples = 2000, seed = 1 } = {}) {
  if (a.length !== b.length || a.length === 0) throw new RangeError('ratioInterval needs two lists of one length, not empty');
  if (!(coverage > 0 && coverage < 1)) throw new RangeError('coverage must be between 0 and 1');
  const rand = random(seed);
  const n = a.length;
  const ratios = [];
  for (let r = 0; r < resamples; r++) {
    const drawnA = [];
    const drawnB = [];
    for (let i = 0; i < n; i++) {
      const k = Math.floor(rand() * n);
      drawnA.push(a[k]);
      drawnB.push(b[k]);
    }
    ratios.push(median(drawnA) / median(drawnB));
  }
  ratios.sort((x, y) => x - y);
  const tail = (1 - coverage) / 2;
  return [ratios[Math.floor(tail * (resamples - 1))], ratios[Math.ceil((1 - tail) * (resamples - 1))]];
}

/** Time of one call, in ms, with its result. */
export function timeOnce(fn) {
  const start = performance.now();
  const result = fn();
  return [performance.now() - start, result];
}

/** Median and p95 of `runs` calls, with the last result. */
export function timeRuns(runs, fn) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const [ms, value] = timeOnce(fn);
    times.push(ms);
    result = value;
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { median: median(times), p95: sorted[Math.floor(times.length * 0.95)], max: sorted.at(-1), result };
}

/** Countries of synthetic people, with their time zone and own language. */
export const PLACES = [
  ['EE', 'Europe/Tallinn', 'et'],
  ['LT', 'Europe/Vilnius', 'lt'],
  ['LV', 'Europe/Riga', 'lv'],
  ['FI', 'Europe/Helsinki', 'fi'],
  ['PL', 'Europe/Warsaw', 'pl'],
  ['DE', 'Europe/Berlin', 'de'],
  ['IT', 'Europe/Rome', 'it'],
  ['SE', 'Europe/Stockholm', 'sv'],
];

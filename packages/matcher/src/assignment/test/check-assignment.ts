import { expect } from 'vitest';
import type { AssignmentResult } from '../assignment-result.js';

/** Asserts the result is a feasible assignment whose matched and total agree with its pairs. */
export function expectFeasible(result: AssignmentResult, scores: number[][], capacities: number[]): void {
  expect(result.status).toBe('optimal');
  expect(result.assignment.length).toBe(scores.length);
  const load = capacities.map(() => 0);
  let matched = 0;
  let total = 0;
  result.assignment.forEach((j, i) => {
    if (j === -1) return;
    const s = scores[i]![j]!;
    expect(Number.isNaN(s) || s === -Infinity, `pair ${i}-${j} is forbidden`).toBe(false);
    load[j]!++;
    matched++;
    total += s;
  });
  load.forEach((l, j) => expect(l).toBeLessThanOrEqual(capacities[j]!));
  expect(result.matched).toBe(matched);
  expect(result.total).toBeCloseTo(total, 9);
}

/** Seeded generator (mulberry32) so medium instances are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

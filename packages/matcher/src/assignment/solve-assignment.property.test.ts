import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { solveAssignment } from './solve-assignment.js';
import { bruteForceAssignment } from './test/brute-force-assignment.js';
import { expectFeasible, seededRandom } from './test/check-assignment.js';
import { hungarianAssignment } from './test/hungarian-assignment.js';
import { sparseFromRows } from './test/sparse-from-rows.js';

const KERNELS = ['dense', 'sparse'] as const;

const score = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(0, 0.25, 0.5, 1) },
  { weight: 4, arbitrary: fc.double({ min: -3, max: 3, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom(-Infinity, NaN) },
);

const instanceWith = (maxCap: number) =>
  fc
    .record({ rows: fc.integer({ min: 0, max: 6 }), cols: fc.integer({ min: 0, max: 5 }) })
    .chain(({ rows, cols }) =>
      fc.record({
        scores: fc.array(fc.array(score, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
        capacities: fc.array(fc.integer({ min: 0, max: maxCap }), { minLength: cols, maxLength: cols }),
      }),
    );
const instance = instanceWith(2);

/** Scores take `levels` distinct values (few levels: many equal scores, as scored cohorts have). */
function randomInstance(rand: () => number, rows: number, cols: number, maxCap: number, forbidden: number, levels = 32) {
  const scores = Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => (rand() < forbidden ? (rand() < 0.5 ? -Infinity : NaN) : Math.floor(rand() * levels) / levels - 0.25)),
  );
  const capacities = Array.from({ length: cols }, () => Math.floor(rand() * (maxCap + 1)));
  return { scores, capacities };
}

describe('solveAssignment against brute force', () => {
  test.prop([instance, fc.constantFrom(...KERNELS)], { numRuns: 400 })('finds the most pairs, then the best total', ({ scores, capacities }, kernel) => {
    const result = solveAssignment(scores, capacities, { kernel });
    expectFeasible(result, scores, capacities);
    const best = bruteForceAssignment(scores, capacities);
    expect(result.matched).toBe(best.matched);
    expect(result.total).toBeCloseTo(best.total, 9);
  });

  test.prop([instanceWith(3), fc.constantFrom(...KERNELS, 'auto' as const), fc.integer()], { numRuns: 300 })(
    'finds the same optimum from sparse scores (shuffled, some forbidden entries listed), capacities 0..3',
    ({ scores, capacities }, kernel, seed) => {
      const sparse = sparseFromRows(scores, capacities.length, seededRandom(seed));
      const result = solveAssignment(sparse, capacities, { kernel, rows: scores.length });
      expectFeasible(result, scores, capacities);
      const best = bruteForceAssignment(scores, capacities);
      expect(result.matched).toBe(best.matched);
      expect(result.total).toBeCloseTo(best.total, 9);
    },
  );

  test.prop([instance])('gives the same answer as a flat Float64Array and as rows', ({ scores, capacities }) => {
    const rows = scores.length;
    const flat = Float64Array.from(scores.flat());
    const fromRows = solveAssignment(scores, capacities);
    const fromFlat = solveAssignment(flat, capacities, { rows });
    expect(Array.from(fromFlat.assignment)).toEqual(Array.from(fromRows.assignment));
  });
});

describe('solveAssignment against a Hungarian method on expanded places (seeded)', () => {
  const shapes: [rows: number, cols: number, maxCap: number, forbidden: number, levels?: number][] = [
    [30, 30, 1, 0],
    [60, 20, 3, 0.5, 3],
    [50, 50, 1, 0.3, 2],
    [40, 40, 1, 0],
    [25, 12, 3, 0],
    [40, 10, 2, 0.3],
    [12, 30, 2, 0.5],
    [35, 20, 1, 0.8],
    [30, 30, 1, 0.9],
    [45, 8, 3, 0.6],
  ];
  for (const [rows, cols, maxCap, forbidden, levels] of shapes) {
    for (const [kernel, form] of [...KERNELS.map((k) => [k, 'rows'] as const), ['auto', 'sparse scores'] as const]) {
      test(`${rows}×${cols}, capacity ≤ ${maxCap}, ${forbidden * 100}% forbidden, ${levels ?? 32} score levels, ${kernel} kernel, ${form}`, () => {
        for (let seed = 1; seed <= 6; seed++) {
          const { scores, capacities } = randomInstance(seededRandom(seed * 7919 + rows), rows, cols, maxCap, forbidden, levels);
          const input = form === 'rows' ? scores : sparseFromRows(scores, cols, seededRandom(seed));
          const result = solveAssignment(input, capacities, { kernel });
          expectFeasible(result, scores, capacities);
          const oracle = hungarianAssignment(scores, capacities);
          expect(result.matched).toBe(oracle.matched);
          expect(result.total).toBeCloseTo(oracle.total, 9);
        }
      });
    }
  }

  test('square, all allowed, unit capacities (the Jonker–Volgenant start) matches the oracle on continuous scores', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const rand = seededRandom(seed);
      const n = 50;
      const scores = Array.from({ length: n }, () => Array.from({ length: n }, () => rand()));
      const capacities = Array.from({ length: n }, () => 1);
      const result = solveAssignment(scores, capacities);
      expectFeasible(result, scores, capacities);
      expect(result.matched).toBe(n);
      expect(result.total).toBeCloseTo(hungarianAssignment(scores, capacities).total, 9);
    }
  });

  for (const kernel of KERNELS) {
    test(`square, unit capacities, some pairs forbidden (Jonker–Volgenant start), ${kernel} kernel, rows and sparse scores`, () => {
      for (let seed = 1; seed <= 8; seed++) {
        const rand = seededRandom(seed * 31);
        const n = 40;
        const forbidden = [0.2, 0.6, 0.9, 0.95][seed % 4]!;
        const scores = Array.from({ length: n }, () => Array.from({ length: n }, () => (rand() < forbidden ? -Infinity : Math.round(rand() * 16) / 16)));
        const capacities = Array.from({ length: n }, () => 1);
        const result = solveAssignment(scores, capacities, { kernel });
        const fromSparse = solveAssignment(sparseFromRows(scores, n, rand), capacities, { kernel });
        expectFeasible(result, scores, capacities);
        expectFeasible(fromSparse, scores, capacities);
        const oracle = hungarianAssignment(scores, capacities);
        expect(result.matched).toBe(oracle.matched);
        expect(result.total).toBeCloseTo(oracle.total, 9);
        expect(fromSparse.matched).toBe(oracle.matched);
        expect(fromSparse.total).toBeCloseTo(oracle.total, 9);
      }
    });
  }

  test('the dense and sparse kernels agree on larger random instances', () => {
    for (let seed = 1; seed <= 4; seed++) {
      const rand = seededRandom(seed);
      const { scores, capacities } = randomInstance(rand, 300, 120, 3, 0.7);
      const dense = solveAssignment(scores, capacities, { kernel: 'dense' });
      const sparse = solveAssignment(scores, capacities, { kernel: 'sparse' });
      const fromSparse = solveAssignment(sparseFromRows(scores, 120, rand), capacities);
      expectFeasible(dense, scores, capacities);
      expectFeasible(sparse, scores, capacities);
      expectFeasible(fromSparse, scores, capacities);
      expect(sparse.matched).toBe(dense.matched);
      expect(sparse.total).toBeCloseTo(dense.total, 9);
      expect(fromSparse.matched).toBe(dense.matched);
      expect(fromSparse.total).toBeCloseTo(dense.total, 9);
    }
  });
});

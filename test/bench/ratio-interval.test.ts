import { describe, expect, it } from 'vitest';
import { median, random, ratioInterval } from '../../bench/lib/stats.mjs';

/** Paired timings: `b` noisy around `base`, `a` the same runs scaled by `factor` with noise of its own. */
function pairs(count: number, factor: number, noise: number, seed: number): [number[], number[]] {
  const rand = random(seed);
  const b = Array.from({ length: count }, () => 120 + (rand() - 0.5) * noise);
  const a = b.map((value) => value * factor + (rand() - 0.5) * noise);
  return [a, b];
}

describe('ratioInterval', () => {
  it('is a single point when every pair has the same ratio', () => {
    const b = [100, 130, 115, 160, 120];
    const [low, high] = ratioInterval(b.map((value) => value * 1.2), b);
    expect(low).toBeCloseTo(1.2, 12);
    expect(high).toBeCloseTo(1.2, 12);
  });

  it('holds the ratio of the medians and widens with the noise', () => {
    const [a, b] = pairs(15, 1.19, 30, 7);
    const ratio = median(a) / median(b);
    const [low, high] = ratioInterval(a, b);
    expect(low).toBeLessThan(ratio);
    expect(high).toBeGreaterThan(ratio);
    const [noisyA, noisyB] = pairs(15, 1.19, 90, 7);
    const [noisyLow, noisyHigh] = ratioInterval(noisyA, noisyB);
    expect(noisyHigh - noisyLow).toBeGreaterThan(high - low);
  });

  it('narrows with more pairs', () => {
    const [a, b] = pairs(15, 1.19, 40, 3);
    const [moreA, moreB] = pairs(60, 1.19, 40, 3);
    const [low, high] = ratioInterval(a, b);
    const [moreLow, moreHigh] = ratioInterval(moreA, moreB);
    expect(moreHigh - moreLow).toBeLessThan(high - low);
  });

  it('gives the same interval for the same figures, and a wider one for a higher coverage', () => {
    const [a, b] = pairs(15, 1.1, 40, 11);
    expect(ratioInterval(a, b)).toEqual(ratioInterval(a, b));
    const [low, high] = ratioInterval(a, b, { coverage: 0.5 });
    const [wideLow, wideHigh] = ratioInterval(a, b, { coverage: 0.98 });
    expect(wideLow).toBeLessThan(low);
    expect(wideHigh).toBeGreaterThan(high);
  });

  it('refuses lists of different lengths, empty lists and a coverage outside (0, 1)', () => {
    expect(() => ratioInterval([1, 2], [1])).toThrow(RangeError);
    expect(() => ratioInterval([], [])).toThrow(RangeError);
    expect(() => ratioInterval([1], [1], { coverage: 1 })).toThrow(RangeError);
  });
});

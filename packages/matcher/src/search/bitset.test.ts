import { describe, expect, it } from 'vitest';
import { andInto, countBits, createBitset, hasBit, orInto, setBit } from './bitset.js';

describe('bitset', () => {
  it('sets and reads bits across word boundaries', () => {
    const set = createBitset(70);
    for (const i of [0, 31, 32, 69]) setBit(set, i);
    expect([0, 1, 30, 31, 32, 33, 68, 69].map((i) => hasBit(set, i))).toEqual([
      true, false, false, true, true, false, false, true,
    ]);
    expect(countBits(set)).toBe(4);
  });

  it('combines sets with or and and', () => {
    const a = createBitset(64);
    const b = createBitset(64);
    [1, 2, 40].forEach((i) => setBit(a, i));
    [2, 40, 63].forEach((i) => setBit(b, i));
    const union = a.slice();
    orInto(union, b);
    const both = a.slice();
    andInto(both, b);
    expect(countBits(union)).toBe(4);
    expect(countBits(both)).toBe(2);
    expect(hasBit(both, 40) && !hasBit(both, 1)).toBe(true);
  });

  it('counts a full word', () => {
    const set = createBitset(32);
    for (let i = 0; i < 32; i++) setBit(set, i);
    expect(countBits(set)).toBe(32);
  });
});

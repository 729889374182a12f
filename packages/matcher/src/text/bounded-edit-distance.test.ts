import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from './bounded-edit-distance.js';

describe('boundedEditDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    expect(boundedEditDistance('label', 'label', 2)).toBe(0);
    expect(boundedEditDistance('label', 'lable', 2)).toBe(1);
    expect(boundedEditDistance('twinspace', 'twinspce', 2)).toBe(1);
    expect(boundedEditDistance('interested', 'intrested', 2)).toBe(1);
    expect(boundedEditDistance('coping', 'coding', 2)).toBe(1);
    expect(boundedEditDistance('abc', 'xyz', 5)).toBe(3);
  });

  it('returns max + 1 once the distance must exceed max', () => {
    expect(boundedEditDistance('registration', 'partner', 2)).toBe(3);
    expect(boundedEditDistance('abc', 'abcdef', 1)).toBe(2);
  });

  it('can charge a substitution as two edits', () => {
    expect(boundedEditDistance('coping', 'coding', 1, { substitutions: false })).toBe(2);
    expect(boundedEditDistance('label', 'lable', 1, { substitutions: false })).toBe(1);
  });

  it('can accept only swapped letters', () => {
    const swapsOnly = { substitutions: false, indels: false };
    expect(boundedEditDistance('label', 'lable', 1, swapsOnly)).toBe(1);
    expect(boundedEditDistance('padlet', 'padeti', 1, { ...swapsOnly, prefix: true })).toBe(2);
    expect(boundedEditDistance('plann', 'panna', 1, { ...swapsOnly, prefix: true })).toBe(2);
  });

  it('can count a letter missing from the word as one edit while an added one costs two', () => {
    const drops = { substitutions: false, indels: false, drops: true };
    expect(boundedEditDistance('partner', 'partnr', 1, drops)).toBe(1);
    expect(boundedEditDistance('partner', 'partnrs', 1, { ...drops, prefix: true })).toBe(1);
    expect(boundedEditDistance('label', 'labels', 1, drops)).toBe(2);
    expect(boundedEditDistance('coping', 'coding', 1, drops)).toBe(2);
  });

  it('in prefix mode matches a stem against the start of an inflected word, anchored on its last letter', () => {
    expect(boundedEditDistance('dissemin', 'disemination', 1, { prefix: true })).toBe(1);
    expect(boundedEditDistance('plann', 'planing', 1, { prefix: true })).toBe(1);
    expect(boundedEditDistance('kvaliteedimar', 'kvaliteedimargi', 2, { prefix: true })).toBe(0);
    // Dropping the stem's last letter is not a typo: "kaasav" (inclusive) is not "kaasata" (to involve).
    expect(boundedEditDistance('kaasav', 'kaasata', 1, { prefix: true })).toBe(2);
  });

  test.prop([fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), fc.integer({ min: 0, max: 3 })])(
    'agrees with the unbounded distance up to max, and prefix mode never exceeds it',
    (a, b, max) => {
      const full = boundedEditDistance(a, b, 30);
      expect(boundedEditDistance(a, b, max)).toBe(Math.min(full, max + 1));
      expect(boundedEditDistance(a, b, max, { prefix: true })).toBeLessThanOrEqual(Math.min(full, max + 1));
    },
  );

  test.prop([fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 })])('is symmetric and zero only for equal strings', (a, b) => {
    const ab = boundedEditDistance(a, b, 30);
    expect(ab).toBe(boundedEditDistance(b, a, 30));
    expect(ab === 0).toBe(a === b);
    expect(ab).toBeLessThanOrEqual(Math.max(a.length, b.length));
  });
});

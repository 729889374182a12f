import { describe, expect, it } from 'vitest';
import { FIT_LABELS, FIT_THRESHOLDS, fitLabel } from './fit-label.js';

const understood = { eligible: true, goals: 'understood' as const, components: { topics: 0.5 } };

describe('fitLabel', () => {
  it('labels by the thresholds, each inclusive', () => {
    expect(fitLabel(FIT_THRESHOLDS.veryGood, understood)).toBe('very-good');
    expect(fitLabel(FIT_THRESHOLDS.veryGood - 1e-9, understood)).toBe('good');
    expect(fitLabel(FIT_THRESHOLDS.good, understood)).toBe('good');
    expect(fitLabel(FIT_THRESHOLDS.fair, understood)).toBe('fair');
    expect(fitLabel(FIT_THRESHOLDS.fair - 1e-9, understood)).toBe('poor');
    expect(fitLabel(Number.NaN, understood)).toBe('poor');
    expect(FIT_THRESHOLDS.veryGood).toBeGreaterThan(FIT_THRESHOLDS.good);
    expect(FIT_THRESHOLDS.good).toBeGreaterThan(FIT_THRESHOLDS.fair);
  });

  it('says unknown when the goals are not known, ineligible when the pair is ruled out', () => {
    expect(fitLabel(0.9, { eligible: true, goals: 'not-understood' })).toBe('unknown');
    expect(fitLabel(0.9, { eligible: true, goals: 'none' })).toBe('unknown');
    expect(fitLabel(0.9, { eligible: false, goals: 'understood' })).toBe('ineligible');
  });

  it('never labels a mentor who covers none of the goals above fair', () => {
    expect(fitLabel(0.95, { ...understood, components: { topics: 0 } })).toBe('fair');
    expect(fitLabel(0.3, { ...understood, components: { topics: 0 } })).toBe('poor');
  });

  it('lists its labels best first', () => {
    expect(FIT_LABELS).toEqual(['very-good', 'good', 'fair', 'poor', 'unknown', 'ineligible']);
  });
});

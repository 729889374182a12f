import { describe, expect, it } from 'vitest';
import { availabilityValue, combineComponents, countryValue, coverageValue, dateFit, freePlacesValue, languageValue, modesValue, NEUTRAL } from './component-values.js';
import { DEFAULT_WEIGHTS, SCORE_COMPONENTS, weightSum } from './default-weights.js';

describe('component values', () => {
  it('coverage is the share asked for that is offered, neutral when nothing was asked', () => {
    expect(coverageValue(1, 4)).toBe(0.25);
    expect(coverageValue(0, 0)).toBe(NEUTRAL);
  });

  it('language is the lower level as a share of native', () => {
    expect(languageValue(7)).toBe(1);
    expect(languageValue(3)).toBeCloseTo(3 / 7, 12);
  });

  it('country and modes', () => {
    expect(countryValue(undefined, 'EE')).toBe(NEUTRAL);
    expect(countryValue('EE', 'EE')).toBe(1);
    expect(countryValue('EE', 'LV')).toBe(0);
    expect(modesValue(1, 2)).toBe(0.5);
    expect(modesValue(0, 0)).toBe(1);
  });

  it('date fit is the covered share of the mentee window; 0 when disjoint; 1 when the window is open', () => {
    expect(dateFit(0, 9, 5, 20)).toBe(0.5);
    expect(dateFit(0, 9, -5, 20)).toBe(1);
    expect(dateFit(0, 9, 10, 20)).toBe(0);
    expect(dateFit(Number.NaN, Number.NaN, 10, 20)).toBe(1);
    expect(dateFit(30, Number.NaN, 10, 20)).toBe(0);
    expect(dateFit(0, 9, Number.NaN, Number.NaN)).toBe(1);
  });

  it('availability averages dates and weekly time only when weekly slots are comparable', () => {
    expect(availabilityValue(0.8, false, 0)).toBe(0.8);
    expect(availabilityValue(1, true, 30)).toBe(0.75);
    expect(availabilityValue(1, true, 600)).toBe(1);
  });

  it('free places as a share of capacity', () => {
    expect(freePlacesValue(1, 2)).toBe(0.5);
    expect(freePlacesValue(5, 2)).toBe(1);
    expect(freePlacesValue(1, 0)).toBe(0);
  });

  it('combines by weighted mean', () => {
    const ones = Object.fromEntries(SCORE_COMPONENTS.map((c) => [c, 1])) as Record<(typeof SCORE_COMPONENTS)[number], number>;
    expect(combineComponents(ones, DEFAULT_WEIGHTS, weightSum(DEFAULT_WEIGHTS))).toBe(1);
    const half = { ...ones, topics: 0 };
    expect(combineComponents(half, DEFAULT_WEIGHTS, weightSum(DEFAULT_WEIGHTS))).toBeCloseTo(1 - DEFAULT_WEIGHTS.topics, 12);
    expect(combineComponents(ones, DEFAULT_WEIGHTS, 0)).toBe(0);
  });
});

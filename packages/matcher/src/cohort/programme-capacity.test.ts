import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import type { Mentor, Programme } from '../model/index.js';
import { capToProgramme } from './programme-capacity.js';

const mentors = loadSample<Mentor[]>('mentors');
const [programme] = loadSample<Programme[]>('programmes') as [Programme];
const offering = (max: number) => ({ ...mentors[0]!, id: `m-offers-${max}`, capacity: { ...mentors[0]!.capacity, maxMentees: max } });

describe('capToProgramme', () => {
  it('holds mentors who offer more to the limit, leaves the others and the input as they are', () => {
    const input = [offering(1), offering(2), offering(4)];
    const { mentors: capped, issues } = capToProgramme(input, { ...programme, capacity: { maxMentees: 2 } });
    expect(capped.map((m) => m.capacity.maxMentees)).toEqual([1, 2, 2]);
    expect(capped[0]).toBe(input[0]);
    expect(input[2]!.capacity.maxMentees).toBe(4);
    expect(issues).toEqual([{ code: 'capacity-above-programme', effect: 'negative', params: { programme: programme.id, limit: 2, ids: ['m-offers-4'] } }]);
  });

  it('changes nothing without a programme or a limit', () => {
    const input = [offering(4)];
    expect(capToProgramme(input)).toEqual({ mentors: input, issues: [] });
    expect(capToProgramme(input, { ...programme, capacity: {} })).toEqual({ mentors: input, issues: [] });
  });
});

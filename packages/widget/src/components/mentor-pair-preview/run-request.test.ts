import { expect } from '@open-wc/testing';
import { DEFAULT_WEIGHTS, type Programme } from '@mentor-finder/matcher';
import { NO_CONSTRAINTS } from './pair-constraints.js';
import { datesReversed, relationshipDates, runRequest, type RunSettings } from './run-request.js';

const programme = { id: 'p-1', relationshipWindow: { from: '2026-09-01', to: '2027-06-30' } } as unknown as Programme;
const settings = (over: Partial<RunSettings> = {}): RunSettings => ({
  mentors: [],
  mentees: [],
  programme,
  constraints: NO_CONSTRAINTS,
  weights: DEFAULT_WEIGHTS,
  start: '',
  end: '',
  ...over,
});

describe('runRequest', () => {
  it('leaves the relationship to the programme when no date was typed', () => {
    const { input, options } = runRequest(settings());
    expect(input.programme).to.equal(programme);
    expect(options.relationship).to.equal(undefined);
    expect(relationshipDates(settings())).to.deep.equal({ start: '2026-09-01', end: '2027-06-30' });
  });

  it('takes a typed date and the programme window for the other', () => {
    const { options } = runRequest(settings({ start: '2026-10-01' }));
    expect(options.relationship).to.deep.equal({ start: '2026-10-01', end: '2027-06-30' });
  });

  it('ignores reversed dates, which are shown as an error', () => {
    const reversed = settings({ start: '2027-01-01', end: '2026-12-01' });
    expect(datesReversed(reversed)).to.equal(true);
    expect(runRequest(reversed).options.relationship).to.equal(undefined);
    expect(datesReversed(settings({ end: '2027-01-01' }))).to.equal(false);
  });

  it('passes pins, exclusions and the records kept for double registrations, and a copy of the weights', () => {
    const constraints = { pins: [{ menteeId: 'e-1', mentorId: 'm-1' }], exclusions: [{ menteeId: 'e-2', mentorId: 'm-1' }], keep: ['e-3b'] };
    const { input, options } = runRequest(settings({ constraints, programme: undefined }));
    expect(input.pins).to.equal(constraints.pins);
    expect(input.exclusions).to.equal(constraints.exclusions);
    expect('programme' in input).to.equal(false);
    expect(options.duplicates).to.deep.equal({ chosen: ['e-3b'] });
    expect(options.weights).to.deep.equal(DEFAULT_WEIGHTS);
    expect(options.weights).not.to.equal(DEFAULT_WEIGHTS);
  });
});

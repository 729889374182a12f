import { expect } from '@open-wc/testing';
import type { Mentee, Mentor, Suggestion } from '@mentor-finder/matcher';
import { en } from '../../pair-preview-translations/en.js';
import { personName, runOutcome, runSummary, type RunCohort } from './run-outcome.js';

const suggestion = (pairs: [string, string][]) => ({ pairs: pairs.map(([menteeId, mentorId]) => ({ menteeId, mentorId })) }) as unknown as Suggestion;
const cohort = (): RunCohort => ({
  mentors: [{ id: 'm-1', displayName: 'Maria' }] as unknown as Mentor[],
  mentees: [{ id: 'e-1', displayName: 'Eino' }] as unknown as Mentee[],
  programmes: [],
  programme: undefined,
});

describe('runOutcome', () => {
  it('compares a run with the previous one only when both ran on the same lists', () => {
    const lists = cohort();
    const first = runOutcome(suggestion([['e-1', 'm-1']]), lists, undefined);
    expect(first.changes).to.equal(null);
    const second = runOutcome(suggestion([['e-1', 'm-1'], ['e-2', 'm-1']]), lists, first);
    expect(second.changes).to.deep.equal({ added: ['e-2'], removed: [], changed: [] });
    expect(runOutcome(suggestion([]), { ...lists, mentees: [...lists.mentees] }, second).changes).to.equal(null);
  });

  it('names people from the records the run was given, and by id when it does not know them', () => {
    const outcome = runOutcome(suggestion([]), cohort(), undefined);
    expect([personName(outcome, 'mentor', 'm-1'), personName(outcome, 'mentee', 'e-1'), personName(outcome, 'mentee', 'e-9')]).to.deep.equal(['Maria', 'Eino', 'e-9']);
    expect(personName(undefined, 'mentor', 'm-1')).to.equal('m-1');
  });
});

describe('runSummary', () => {
  it('says how many pairs a first run found, and what a later run changed', () => {
    const pairs = suggestion([['e-1', 'm-1']]);
    expect(runSummary(en, pairs, null)).to.equal(en.firstRun(1));
    expect(runSummary(en, pairs, { added: ['e-1'], removed: [], changed: [] })).to.equal(en.changeSummary(1, 0, 0));
  });
});

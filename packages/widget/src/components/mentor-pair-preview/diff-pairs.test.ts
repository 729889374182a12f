import { expect } from '@open-wc/testing';
import { diffPairs } from './diff-pairs.js';

describe('diffPairs', () => {
  it('lists pairs added, removed and changed, each sorted by mentee id', () => {
    const before = [
      { menteeId: 'e-3', mentorId: 'm-1' },
      { menteeId: 'e-1', mentorId: 'm-1' },
      { menteeId: 'e-2', mentorId: 'm-2' },
    ];
    const after = [
      { menteeId: 'e-5', mentorId: 'm-9' },
      { menteeId: 'e-1', mentorId: 'm-1' },
      { menteeId: 'e-3', mentorId: 'm-2' },
      { menteeId: 'e-4', mentorId: 'm-2' },
    ];
    expect(diffPairs(before, after)).to.deep.equal({
      added: ['e-4', 'e-5'],
      removed: [{ menteeId: 'e-2', mentorId: 'm-2' }],
      changed: [{ menteeId: 'e-3', from: 'm-1', to: 'm-2' }],
    });
  });

  it('finds nothing between equal runs, and does not change its inputs', () => {
    const pairs = Object.freeze([Object.freeze({ menteeId: 'e-1', mentorId: 'm-1' })]);
    expect(diffPairs(pairs, [...pairs])).to.deep.equal({ added: [], removed: [], changed: [] });
  });
});

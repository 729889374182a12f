import { expect } from '@open-wc/testing';
import type { PublicMentor } from '@mentor-finder/matcher';
import { programmeMentors } from './programme-mentors.js';

const mentor = (id: string, programmeId: string) => ({ id, programmeId }) as PublicMentor;

describe('programmeMentors', () => {
  it("keeps one programme's mentors, the same list while nothing changes", () => {
    const keep = programmeMentors();
    const all = [mentor('m-1', 'a'), mentor('m-2', 'b'), mentor('m-3', 'a')];
    expect(keep(all, '')).to.equal(all);
    const a = keep(all, 'a');
    expect(a.map((m) => m.id)).to.deep.equal(['m-1', 'm-3']);
    expect(keep(all, 'a')).to.equal(a);
    expect(keep([...all], 'a')).not.to.equal(a);
    expect(keep(all, 'c')).to.deep.equal([]);
  });
});

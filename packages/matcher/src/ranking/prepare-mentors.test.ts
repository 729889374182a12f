import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import type { Mentor } from '../model/index.js';
import { hasMember, indicesOfId, isPreparedMentors, prepareMentors } from './prepare-mentors.js';

const mentors = loadSample<Mentor[]>('mentors');

describe('prepareMentors', () => {
  it('sorts by id and decodes each mentor into the arrays', () => {
    const before = JSON.stringify(mentors);
    const p = prepareMentors([...mentors].reverse());
    expect(JSON.stringify(mentors)).toBe(before);
    expect(isPreparedMentors(p)).toBe(true);
    expect(p.count).toBe(40);
    expect(p.mentors.map((m) => m.id)).toEqual(mentors.map((m) => m.id).sort());
    const i = p.indexById.get('m-ee-01') as number;
    expect(p.free[i]).toBe(1);
    expect(p.languageRanks[i * p.languages.size + (p.languages.get('ru') as number)]).toBe(3);
    expect(hasMember(p.topics, i, p.topics.ids.get('partner-finding') as number)).toBe(true);
    expect(hasMember(p.topics, i, p.topics.ids.get('stem') as number)).toBe(false);
    expect(p.weekly.slice(p.weeklyStart[i], p.weeklyStart[i + 1])).toEqual(Int32Array.from([1440 + 900, 1440 + 1080, 3 * 1440 + 960, 3 * 1440 + 1080]));
    const cc5 = p.indexById.get('m-cc-05') as number;
    expect(p.certificateDays[cc5 * p.certificateTypes.size + (p.certificateTypes.get('career-counsellor') as number)]).toBe(Date.UTC(2025, 7, 31) / 86_400_000);
    expect(p.hasPrivate[cc5]).toBe(1);
  });

  it('finds every record of a repeated id', () => {
    const p = prepareMentors([mentors[0]!, mentors[1]!, { ...mentors[0]!, displayName: 'Twin' }]);
    expect(indicesOfId(p, 'm-ee-01')).toEqual([0, 1]);
    expect(indicesOfId(p, 'nobody')).toEqual([]);
  });

  it('records conflicts declared by mentors', () => {
    const withConflict = { ...mentors[2]!, private: { ...mentors[2]!.private, conflictsWith: ['e-ee-01'] } };
    const p = prepareMentors([withConflict]);
    expect(p.conflicts.get('e-ee-01')).toEqual([0]);
  });
});

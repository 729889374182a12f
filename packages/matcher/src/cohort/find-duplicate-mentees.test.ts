import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import type { Mentee, Mentor } from '../model/index.js';
import { formatReason } from '../reasons/index.js';
import { findDuplicateMentees, findDuplicateMentors } from './find-duplicate-mentees.js';
import { suggestPairs } from './suggest-pairs.js';

const mentees = loadSample<Mentee[]>('mentees');
const withEmail = (id: string, email: unknown): Mentee => ({ ...mentees[0]!, id, private: { ...mentees[0]!.private, email } as Mentee['private'] });

describe('findDuplicateMentees', () => {
  it('finds the sample mentee who registered twice', () => {
    expect(findDuplicateMentees(mentees)).toEqual([{ code: 'duplicate-mentee', effect: 'negative', params: { menteeIds: ['e-ee-03', 'e-ee-11'] } }]);
  });

  it('compares addresses without case or surrounding spaces, groups of any size, ids sorted', () => {
    const list = [withEmail('e-3', 'Kadri@Kool.ee '), withEmail('e-1', 'kadri@kool.ee'), withEmail('e-2', ' KADRI@KOOL.EE'), withEmail('e-4', 'other@kool.ee')];
    expect(findDuplicateMentees(list)).toEqual([{ code: 'duplicate-mentee', effect: 'negative', params: { menteeIds: ['e-1', 'e-2', 'e-3'] } }]);
  });

  it('ignores missing, blank and non-text addresses and never repeats the address', () => {
    const list = [withEmail('e-1', ''), withEmail('e-2', '  '), withEmail('e-3', undefined), withEmail('e-4', 42), withEmail('e-5', 42)];
    expect(findDuplicateMentees(list)).toEqual([]);
    expect(JSON.stringify(findDuplicateMentees(mentees))).not.toContain('@');
  });
});

describe('findDuplicateMentors', () => {
  const sampleMentors = loadSample<Mentor[]>('mentors');
  const mentor = (id: string, email: string): Mentor => ({ ...sampleMentors[0]!, id, private: { ...sampleMentors[0]!.private, email } });

  it('names mentors who registered with one address, without the address; public records are in no group', () => {
    expect(findDuplicateMentors(sampleMentors)).toEqual([]);
    const twice = [mentor('m-11', 'Kaja.Saar@example.org'), mentor('m-10', 'kaja.saar@example.org '), mentor('m-12', 'other@example.org')];
    const issues = findDuplicateMentors(twice);
    expect(issues).toEqual([{ code: 'duplicate-mentor', effect: 'negative', params: { mentorIds: ['m-10', 'm-11'] } }]);
    expect(JSON.stringify(issues)).not.toContain('@');
    const { private: _p, ...publicRecord } = twice[0]!;
    expect(findDuplicateMentors([publicRecord as unknown as Mentor, { ...publicRecord, id: 'm-13' } as unknown as Mentor])).toEqual([]);
  });

  it('is an issue of the run, worded for the coordinator', () => {
    const mentees = loadSample<Mentee[]>('mentees').filter((m) => m.programmeId === 'etwinning-mentors-2026');
    const mentors = [mentor('m-10', 'kaja.saar@example.org'), mentor('m-11', 'kaja.saar@example.org')];
    const { issues } = suggestPairs({ mentees, mentors });
    const issue = issues.find((i) => i.code === 'duplicate-mentor');
    expect(issue?.params).toEqual({ mentorIds: ['m-10', 'm-11'] });
    expect(formatReason(issue!, 'en')).toMatch(/^Probably one mentor registered more than once \(same e-mail address\): .+ offers its own places/);
    expect(formatReason(issue!, 'lv')).toMatch(/^Iespējams, viens mentors reģistrējies vairākkārt/);
  });
});

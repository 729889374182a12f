import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import type { Mentee } from '../model/index.js';
import { findDuplicateMentees } from './find-duplicate-mentees.js';

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

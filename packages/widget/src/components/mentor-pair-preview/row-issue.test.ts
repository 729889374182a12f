import { expect } from '@open-wc/testing';
import { validateMentees, type Mentee } from '@mentor-finder/matcher';
import { sampleCohort } from '../../../test/pair-preview-fixtures.js';
import { issuesFromValidation } from './row-issue.js';

describe('issuesFromValidation', () => {
  it('names a field by its whole path, on the row the record came from', async () => {
    const [first] = (await sampleCohort()).mentees;
    const broken = structuredClone(first) as Mentee;
    const availability = broken.availability as Partial<Mentee['availability']>;
    availability.from = '2026-02-31';
    delete availability.to;
    (broken.preferences as { meetingModes: string[] }).meetingModes = ['video', 'telepathy'];
    const issues = issuesFromValidation('mentees', validateMentees([first, broken]).errors, [2, 5]);
    expect(issues.map((issue) => [issue.row, issue.recordId, issue.field])).to.deep.include.members([
      [5, broken.id, 'availability.from'],
      [5, broken.id, 'availability.to'],
      [5, broken.id, 'preferences.meetingModes.1'],
    ]);
  });
});

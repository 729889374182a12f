import { expect } from '@open-wc/testing';
import { validateMentees, type Mentee } from '@mentor-finder/matcher';
import { sampleCohort } from '../../../test/pair-preview-fixtures.js';
import { en } from '../../pair-preview-translations/en.js';
import { issueColumn, issuesFromValidation, type RowIssue } from './row-issue.js';

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

describe('issueColumn', () => {
  const issue = (field: string, params: Record<string, unknown>): RowIssue => ({ source: 'mentees', row: 4, recordId: null, field, code: 'integer', params, message: '' });

  it('names the CSV column of a cell only when it says more than the field', () => {
    expect(issueColumn(issue('capacity.maxMentees', { column: 'Places', value: 'two' }))).to.equal('Places');
    expect(issueColumn(issue('Places', { column: 'Places' })), 'a header problem names the column as its field').to.equal(undefined);
    expect(issueColumn(issue('availability.from', {}))).to.equal(undefined);
  });

  it('is worded with the column and the cell’s text, cut when long', () => {
    const wrong = issue('capacity.maxMentees', { column: 'Places', value: 'two' });
    expect(`${en.issueWhere(wrong.source, wrong.row, null, wrong.field, issueColumn(wrong))}: ${en.validationMessage(wrong.code, wrong.field, wrong.params)}`).to.equal(
      'Mentees, row 4, field “capacity.maxMentees” (column “Places”): “two” is not a whole number (answers such as “one” become numbers through “values” in the column mapping)',
    );
    expect(en.validationMessage('json', 'x', { value: 'x'.repeat(60) })).to.equal(`“${'x'.repeat(39)}…” is not valid JSON`);
    expect(en.validationMessage('integer', 'x', { value: ' ' }), 'nothing to show').to.equal('is not a whole number (answers such as “one” become numbers through “values” in the column mapping)');
  });
});

import { expect } from '@open-wc/testing';
import type { SourceState } from './cohort-data-controller.js';
import { inputIssue } from './row-issue.js';
import { sourceError } from './source-error.js';

const state = (over: Partial<SourceState<unknown>>): SourceState<unknown> => ({ status: 'complete', records: [{}], issues: [], cause: '', ...over });
const skipped = { ...inputIssue('mentors', 'required', 'no name'), row: 2 };
const leftOut = inputIssue('mentors', 'csv-ignored-column', 'notes');

describe('sourceError', () => {
  it('says why a source could not be used: not loaded, or no valid record', () => {
    expect(sourceError('mentors', state({ status: 'error', cause: 'HTTP 404', issues: [skipped] }))).to.deep.equal({ code: 'load-failed', source: 'mentors', cause: 'HTTP 404' });
    expect(sourceError('mentees', state({ status: 'error', records: [], issues: [skipped, leftOut] }))).to.deep.equal({ code: 'invalid-data', source: 'mentees', issues: [skipped] });
  });

  it('reports records left out, but not columns left out, nor a clean load', () => {
    expect(sourceError('mentors', state({ issues: [leftOut, skipped] }))).to.deep.equal({ code: 'invalid-records', source: 'mentors', issues: [skipped] });
    expect(sourceError('mentors', state({ issues: [leftOut] }))).to.equal(undefined);
    expect(sourceError('programmes', state({}))).to.equal(undefined);
  });
});

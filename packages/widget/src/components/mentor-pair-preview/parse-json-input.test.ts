import { expect } from '@open-wc/testing';
import { parseJsonInput } from './parse-json-input.js';

describe('parseJsonInput', () => {
  it('reads JSON, a leading byte order mark aside', () => {
    expect(parseJsonInput('mentors', '\uFEFF[{"id": "m-1"}]')).to.deep.equal({ ok: true, value: [{ id: 'm-1' }] });
  });

  it('names the line and column where the text stops being JSON, counted after the byte order mark', () => {
    const parsed = parseJsonInput('mapping', '\uFEFF{\n  "id": "ID",\n}');
    expect(parsed.ok).to.equal(false);
    if (parsed.ok) return;
    expect(parsed.issue).to.deep.include({ source: 'mapping', code: 'not-json', params: { line: 3, column: 1 }, row: null });
    expect(parsed.issue.message).to.be.a('string').and.not.equal('');
  });
});

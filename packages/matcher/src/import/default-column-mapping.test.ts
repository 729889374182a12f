import { describe, expect, it } from 'vitest';
import { defaultColumnMapping } from './default-column-mapping.js';

describe('defaultColumnMapping', () => {
  it('treats headers as field paths with their known types', () => {
    const mapping = defaultColumnMapping(['id', 'capacity.acceptingRequests', 'bio.en']);
    expect([...mapping.columns.values()]).toEqual([
      { field: 'id', type: 'string' },
      { field: 'capacity.acceptingRequests', type: 'boolean' },
      { field: 'bio.en', type: 'string' },
    ]);
  });

  it("leaves out a form's own columns, which name no field", () => {
    const mapping = defaultColumnMapping(['Timestamp', 'id', 'Extra note', 'capacity.maxMentess', '', 'Country']);
    // A field written with other capitals is kept, to be reported as not a known field.
    expect([...mapping.columns.keys()]).toEqual(['id', 'capacity.maxMentess', 'Country']);
  });
});

import { describe, expect, it } from 'vitest';
import { parseColumnMapping } from './parse-column-mapping.js';

describe('parseColumnMapping', () => {
  it('reads field paths, typed objects, ignored columns and defaults', () => {
    const result = parseColumnMapping({
      'Your e-mail': 'private.email',
      'Max mentees': 'capacity.maxMentees',
      'Languages you speak': { field: 'languages', split: ';', format: 'code:level' },
      'Years': { field: 'experience.yearsInProfession', type: 'integer' },
      Timestamp: null,
      $defaults: { status: 'active' },
    });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const { columns, defaults } = result.mapping;
    expect(columns.get('Your e-mail')).toEqual({ field: 'private.email', type: 'string' });
    // A known field gets its type without saying so.
    expect(columns.get('Max mentees')).toEqual({ field: 'capacity.maxMentees', type: 'integer' });
    expect(columns.get('Languages you speak')).toEqual({ field: 'languages', type: 'languages', split: ';', format: 'code:level' });
    expect(columns.get('Timestamp')).toBeNull();
    expect(defaults).toEqual({ status: 'active' });
  });

  it('lists every problem', () => {
    const result = parseColumnMapping({
      A: { type: 'integer' },
      B: { field: 'x', type: 'colour' },
      C: { field: 'languages', format: 'level:code' },
      D: 42,
      $defaults: [],
      $other: {},
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(6);
    expect(result.errors.join('\n')).toMatch(/Column "B": unknown type "colour"/);
  });

  it('rejects a mapping that is not an object', () => {
    expect(parseColumnMapping(['id']).ok).toBe(false);
    expect(parseColumnMapping(null).ok).toBe(false);
  });
});

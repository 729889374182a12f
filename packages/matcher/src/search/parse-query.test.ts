import { describe, expect, it } from 'vitest';
import { parseQuery } from './parse-query.js';

const OPTIONS = { maxQueryLength: 200, maxQueryWords: 8 };

describe('parseQuery', () => {
  it('normalizes words and treats the last one as typed on', () => {
    expect(parseQuery('  Kvaliteedimärk PARTN', OPTIONS)).toEqual({
      words: ['kvaliteedimark', 'partn'],
      lastIsPrefix: true,
    });
  });

  it('treats a word followed by a space or punctuation as complete', () => {
    expect(parseQuery('partner ', OPTIONS).lastIsPrefix).toBe(false);
    expect(parseQuery('partner.', OPTIONS).lastIsPrefix).toBe(false);
  });

  it('drops repeated words and keeps query order', () => {
    expect(parseQuery('label quality Label', OPTIONS).words).toEqual(['label', 'quality']);
  });

  it('caps length and word count', () => {
    const many = Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ');
    expect(parseQuery(many, OPTIONS).words).toHaveLength(8);
    expect(parseQuery('a'.repeat(10_000), OPTIONS).words).toEqual(['a'.repeat(200)]);
  });

  it('reads anything that is not a string as an empty query', () => {
    for (const query of [null, undefined, 42, {}, [], '', '   ', '.*+?^${}()|[]\\']) {
      expect(parseQuery(query, OPTIONS).words, String(query)).toEqual([]);
    }
  });
});

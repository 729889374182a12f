import { describe, expect, it } from 'vitest';
import { createPartLookup } from './create-part-lookup.js';

const VOCABULARY = ['kool', 'kooli', 'partnerkool', 'pohikoolid', 'etwinningprojekt', 'projekt'];

describe('createPartLookup', () => {
  const parts = createPartLookup(VOCABULARY, 10);
  const words = (part: string) => parts(part).map((t) => VOCABULARY[t]);

  it('finds words holding the text after their start, never at it', () => {
    expect(words('kool')).toEqual(['partnerkool', 'pohikoolid']);
    expect(words('projekt')).toEqual(['etwinningprojekt']);
    expect(words('xyz')).toEqual([]);
  });

  it('never matches across two words, and honours the limit', () => {
    expect(words('koolpohi')).toEqual([]);
    expect(words('oli')).toEqual(['kooli', 'pohikoolid']);
    expect(createPartLookup(VOCABULARY, 1)('kool')).toHaveLength(1);
    expect(createPartLookup([], 5)('kool')).toEqual([]);
  });
});

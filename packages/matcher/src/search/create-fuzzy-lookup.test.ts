import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import Fuse from 'fuse.js/basic';
import { createFuzzyLookup } from './create-fuzzy-lookup.js';

const VOCABULARY = ['kvaliteedimark', 'label', 'labels', 'partner', 'partnereid', 'partners', 'quality', 'twinspace'];
const OPTIONS = { threshold: 0.34, maxTerms: 12 };
const words = (found: { term: number }[], vocabulary = VOCABULARY) => found.map((f) => vocabulary[f.term]);

describe('createFuzzyLookup', () => {
  const lookup = createFuzzyLookup(VOCABULARY, OPTIONS);

  it('finds words one edit away, closest first', () => {
    expect(words(lookup('partnr'))[0]).toBe('partner');
    expect(words(lookup('partnr'))).toEqual(expect.arrayContaining(['partners', 'partnereid']));
    expect(words(lookup('qualty'))).toEqual(['quality']);
    expect(words(lookup('twinspce'))).toEqual(['twinspace']);
    expect(words(lookup('kvaliteedimrk'))).toEqual(['kvaliteedimark']);
  });

  it('finds nothing for an unrelated word', () => {
    expect(lookup('xylophone')).toEqual([]);
  });

  it('gives scores between 0 and 1 in ascending order', () => {
    const found = lookup('partnr');
    expect(found.every((f) => f.score >= 0 && f.score <= 1)).toBe(true);
    expect(found.map((f) => f.score)).toEqual([...found.map((f) => f.score)].sort((a, b) => a - b));
  });

  it('respects maxTerms and an empty vocabulary', () => {
    expect(createFuzzyLookup(VOCABULARY, { ...OPTIONS, maxTerms: 1 })('partnr')).toHaveLength(1);
    expect(createFuzzyLookup(VOCABULARY, { ...OPTIONS, maxTerms: 0 })('partnr')).toEqual([]);
    expect(createFuzzyLookup([], OPTIONS)('partnr')).toEqual([]);
  });

  // The bigram filter must only skip words Fuse would reject anyway.
  const word = fc.string({ unit: fc.constantFrom(...'abcdeklnoprst'), minLength: 3, maxLength: 10 });
  test.prop([fc.uniqueArray(word, { minLength: 1, maxLength: 60 }), fc.nat(), fc.nat(), fc.constantFrom('delete', 'insert', 'swap')])(
    'agrees with Fuse over the whole vocabulary',
    (terms, pick, at, edit) => {
      const vocabulary = [...terms].sort();
      const source = vocabulary[pick % vocabulary.length]!;
      const i = at % source.length;
      const query =
        edit === 'delete' ? source.slice(0, i) + source.slice(i + 1)
        : edit === 'insert' ? source.slice(0, i) + 'x' + source.slice(i)
        : source.slice(0, i) + (source[i + 1] ?? '') + source[i] + source.slice(i + 2);
      const options = { threshold: 0.34, maxTerms: 1000 };
      const filtered = createFuzzyLookup(vocabulary, options)(query);
      const whole = new Fuse(vocabulary, { ...options, includeScore: true, isCaseSensitive: true })
        .search(query)
        .map((r) => ({ term: r.refIndex, score: r.score ?? 1 }))
        .sort((a, b) => a.score - b.score || a.term - b.term);
      expect(filtered).toEqual(whole);
    },
  );
});

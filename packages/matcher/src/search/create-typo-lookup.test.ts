import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { boundedEditDistance } from '../text/bounded-edit-distance.js';
import { createTypoLookup, editBudget } from './create-typo-lookup.js';

const VOCABULARY = ['kvaliteedimark', 'label', 'partner', 'partnereid', 'partners', 'quality', 'robootikaringi', 'twinspace'];
const lookup = createTypoLookup(VOCABULARY, { maxTerms: 12, minLength: 5 });
const words = (word: string) => lookup(word).map((f) => `${VOCABULARY[f.term]}:${f.edits}`);

describe('createTypoLookup', () => {
  it('allows one edit from 5 letters and two from 9, none below 5', () => {
    expect([4, 5, 8, 9, 20].map((n) => editBudget(n))).toEqual([0, 1, 1, 2, 2]);
    expect(words('qualty')).toEqual(['quality:1']);
    expect(words('kvaliteedimrg')).toEqual(['kvaliteedimark:2']);
    expect(words('kvlitedimrg')).toEqual([]);
    expect(words('labl')).toEqual([]);
  });

  it('counts a swap of neighbours as one edit and matches a start of a longer word', () => {
    expect(words('twinpsace')).toEqual(['twinspace:1']);
    expect(words('robotika')).toEqual(['robootikaringi:1']);
    expect(words('parnter')).toEqual(['partner:1', 'partnereid:1', 'partners:1']);
  });

  it('respects maxTerms and an empty vocabulary', () => {
    expect(createTypoLookup(VOCABULARY, { maxTerms: 1, minLength: 5 })('parnter')).toHaveLength(1);
    expect(createTypoLookup([], { maxTerms: 5, minLength: 5 })('parnter')).toEqual([]);
  });

  // The bigram filter must only skip words the edit distance would reject anyway.
  const word = fc.string({ unit: fc.constantFrom(...'abcdeklnoprst'), minLength: 5, maxLength: 12 });
  test.prop([fc.uniqueArray(word, { minLength: 1, maxLength: 60 }), fc.nat(), fc.nat(), fc.constantFrom('delete', 'insert', 'swap', 'replace')])(
    'agrees with the edit distance over the whole vocabulary',
    (terms, pick, at, edit) => {
      const vocabulary = [...terms].sort();
      const source = vocabulary[pick % vocabulary.length]!;
      const i = at % source.length;
      const query =
        edit === 'delete' ? source.slice(0, i) + source.slice(i + 1)
        : edit === 'insert' ? source.slice(0, i) + 'x' + source.slice(i)
        : edit === 'replace' ? source.slice(0, i) + 'z' + source.slice(i + 1)
        : source.slice(0, i) + (source[i + 1] ?? '') + source[i] + source.slice(i + 2);
      const budget = editBudget(query.length);
      const expected = vocabulary
        .map((term, id) => ({ term: id, edits: boundedEditDistance(query, term, budget, { prefix: true }) }))
        .filter((f) => budget > 0 && f.edits <= budget)
        .sort((a, b) => a.edits - b.edits || a.term - b.term);
      expect(createTypoLookup(vocabulary, { maxTerms: 1000, minLength: 5 })(query)).toEqual(expected);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/index.js';
import { searchWords } from './search-words.js';

describe('searchWords', () => {
  it('folds case and diacritics and splits on anything but letters and digits', () => {
    expect(searchWords("Šarūnas: eTwinning-projekti, TwinSpace'i (2011)")).toEqual([
      'sarunas', 'etwinning', 'projekti', 'twinspace', 'i', '2011',
    ]);
  });

  it('agrees with tokenize on ordinary text in several scripts', () => {
    const text = 'Kvaliteedimärgi taotlus; Partnerių paieška – Ελληνικά φυσική, Вчителька історії, მასწავლებელი';
    expect(searchWords(text)).toEqual(tokenize(text));
  });

  it('keeps letters outside the Basic Multilingual Plane whole', () => {
    expect(searchWords('a𠀀b c')).toEqual(['a𠀀b', 'c']);
    expect(searchWords('x\ud800y')).toEqual(['x', 'y']);
  });

  it('gives no words for non-text', () => {
    expect(searchWords(null as unknown as string)).toEqual([]);
    expect(searchWords('  ,.;  ')).toEqual([]);
  });
});

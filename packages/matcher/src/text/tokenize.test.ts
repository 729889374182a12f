import { describe, expect, it } from 'vitest';
import { splitWords, tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('splits on anything but letters and digits, normalized', () => {
    expect(tokenize("eTwinning-projekti, TwinSpace'i (2026) micro:bit")).toEqual([
      'etwinning', 'projekti', 'twinspace', 'i', '2026', 'micro', 'bit',
    ]);
  });

  it('folds diacritics so typed and untyped forms meet', () => {
    expect(tokenize('kokybės ženklelis')).toEqual(tokenize('kokybes zenklelis'));
  });

  it('gives nothing for empty, punctuation-only or non-text input', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' .,;:!? ')).toEqual([]);
    expect(tokenize(null as unknown as string)).toEqual([]);
  });
});

describe('splitWords', () => {
  it('keeps each word as written beside its token', () => {
    expect(splitWords('Euroopa kvaliteedimärgi!')).toEqual([
      { text: 'Euroopa', token: 'euroopa' },
      { text: 'kvaliteedimärgi', token: 'kvaliteedimargi' },
    ]);
  });

  it('agrees with tokenize on ordinary text', () => {
    const text = 'Partnerių paieška; Laatumerkkiä – Vēlos pieteikties, Учитель';
    expect(splitWords(text).map((w) => w.token)).toEqual(tokenize(text));
  });
});

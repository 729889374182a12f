import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/index.js';
import { CASE_ENDINGS, MIN_ENDING_STEM, stripCaseEnding } from './case-endings.js';

/** Pairs of a normalized word and what stripCaseEnding leaves of it. */
const expectStripped = (pairs: readonly (readonly [string, string])[]) => {
  for (const [word, stem] of pairs) expect(stripCaseEnding(word), word).toBe(stem);
};

describe('CASE_ENDINGS', () => {
  it('is normalized, of three letters or more, each once, longest first', () => {
    for (const ending of CASE_ENDINGS) {
      expect(normalizeText(ending), ending).toBe(ending);
      expect(ending.length, ending).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(CASE_ENDINGS).size).toBe(CASE_ENDINGS.length);
    const lengths = CASE_ENDINGS.map((ending) => ending.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });
});

describe('stripCaseEnding', () => {
  it('takes off the longest ending of any of the four languages', () => {
    expectStripped([
      ['opetajatele', 'opetaja'],
      ['opettajille', 'opettaj'],
      ['projektien', 'projekt'],
      ['skolotajiem', 'skolotaj'],
      ['mokytojams', 'mokytoj'],
      ['mokykloje', 'mokykl'],
    ]);
  });

  it(`keeps a stem of ${MIN_ENDING_STEM} letters, else tries a shorter ending`, () => {
    // "-idega" would leave "kool"; "-dega" leaves "kooli".
    expectStripped([
      ['koolidega', 'kooli'],
      ['virosta', 'virosta'],
      ['teistele', 'teistele'],
      ['koolide', 'koolide'],
    ]);
  });

  it('leaves a word without an ending as it is', () => {
    expectStripped(['kvaliteedimark', 'lasteaed', 'partner', 'international', 'sta', ''].map((word) => [word, word] as const));
  });
});

import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalize-text.js';
import { CUE_WEIGHTS, parseCue } from './parse-cue.js';

const parse = (cue: string) => parseCue(cue, normalizeText);

describe('parseCue', () => {
  it('reads stems, folded, with typo tolerance growing with length', () => {
    expect(parse('Kvaliteedimär')).toEqual({
      words: [{ stem: 'kvaliteedimar', exact: false, infix: false, typos: 2 }],
      weight: CUE_WEIGHTS.word,
      negative: false,
    });
    expect(parse('label')!.words[0]!.typos).toBe(1);
    expect(parse('plan')!.words[0]!.typos).toBe(0);
  });

  it('reads phrases, whole words, forced stems, infixes, weak and negative cues', () => {
    const phrase = parse('european quality label')!;
    expect(phrase.words.map((w) => w.stem)).toEqual(['european', 'quality', 'label']);
    expect(phrase.weight).toBe(CUE_WEIGHTS.phrase);
    expect(parse('plan$')!.words[0]!.exact).toBe(true);
    expect(parse('ict')!.words[0]!.exact).toBe(true);
    expect(parse('zim*')!.words[0]).toMatchObject({ stem: 'zim', exact: false });
    expect(parse('*registr')!.words[0]).toMatchObject({ stem: 'registr', infix: true });
    expect(parse('~partner')!.weight).toBe(CUE_WEIGHTS.weak);
    expect(parse('!euroopa kvaliteedimär')!.negative).toBe(true);
    expect(parse('micro:bit')!.words.map((w) => w.stem)).toEqual(['micro', 'bit']);
  });

  it('rejects empty and non-text cues', () => {
    expect(parse('')).toBeNull();
    expect(parse(' ~ ')).toBeNull();
    expect(parse(7 as unknown as string)).toBeNull();
  });
});

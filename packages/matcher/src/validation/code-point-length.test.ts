import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { codePointLength } from './code-point-length.js';

describe('codePointLength', () => {
  it('counts characters, not UTF-16 units', () => {
    expect(codePointLength('')).toBe(0);
    expect(codePointLength('õäöü')).toBe(4);
    expect(codePointLength('ქართული')).toBe(7);
    expect(codePointLength('😀a😀')).toBe(3);
  });

  it('counts a lone surrogate as one character', () => {
    expect(codePointLength('\ud83d')).toBe(1);
    expect(codePointLength('a\ude00b')).toBe(3);
    expect(codePointLength('\ud83d\ud83d\ude00')).toBe(2);
    expect(codePointLength('\ude00\ud83d')).toBe(2);
  });

  // Spreading a string iterates it by code point, lone surrogates counting one each.
  test.prop([fc.string({ unit: 'binary', maxLength: 40 })])('agrees with iteration by code point', (text) => {
    expect(codePointLength(text)).toBe([...text].length);
  });

  test.prop([fc.array(fc.constantFrom('a', 'õ', '😀', '\ud83d', '\ude00'), { maxLength: 30 })])('agrees on text dense with surrogates', (parts) => {
    const text = parts.join('');
    expect(codePointLength(text)).toBe([...text].length);
  });
});

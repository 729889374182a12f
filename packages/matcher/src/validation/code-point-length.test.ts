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
  });
});

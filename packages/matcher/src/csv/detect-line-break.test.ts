import { describe, expect, it } from 'vitest';
import { detectLineBreak } from './detect-line-break.js';

describe('detectLineBreak', () => {
  it('finds CRLF, LF and CR at the end of the first record', () => {
    expect(detectLineBreak('a,b\r\nc,d\n', ',')).toBe('\r\n');
    expect(detectLineBreak('a,b\nc,d\r\n', ',')).toBe('\n');
    expect(detectLineBreak('a;b\rc;d', ';')).toBe('\r');
  });

  it('skips line breaks inside quoted cells, doubled quotes included', () => {
    expect(detectLineBreak('"x\ny","say ""hi\r\n"""\rnext', ',')).toBe('\r');
  });

  it('treats a quote inside an unquoted cell as text', () => {
    expect(detectLineBreak('5" disk,b\r\nc,d', ',')).toBe('\r\n');
  });

  it('gives LF for one record or an unclosed quote', () => {
    expect(detectLineBreak('a,b', ',')).toBe('\n');
    expect(detectLineBreak('', ',')).toBe('\n');
    expect(detectLineBreak('"open\r\nstill open', ',')).toBe('\n');
  });
});

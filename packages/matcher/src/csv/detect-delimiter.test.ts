import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './detect-delimiter.js';

describe('detectDelimiter', () => {
  it('ignores quoted delimiters; with the header alone, the most frequent wins, comma on a tie', () => {
    expect(detectDelimiter('"a;b;c",d,e\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('a;b,c;d')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('a;b,c')).toBe(',');
    expect(detectDelimiter('single')).toBe(',');
  });

  it('takes the delimiter the rows agree with when the header names hold another one', () => {
    const form = [
      'id;displayName;Valodas (piem., lv:native, en:B2);Tēmas, kurās varu palīdzēt, ja varu',
      'm-1;Anna B.;lv:native, en:B2;partner-finding, project-planning',
      'm-2;Jānis K.;lv:native;twinspace',
      '',
      'm-3;"Ieva; A.";lv:native, ru:C1;ethics',
    ].join('\r\n');
    expect(detectDelimiter(form)).toBe(';');
    expect(detectDelimiter('name,"notes; more"\nA,x;y;z\nB,w')).toBe(',');
  });

  it('takes a quote inside a cell as text, as the reader does', () => {
    expect(detectDelimiter('id;Keeled (nt, et, en);Ekraan\nm-1;et, en;12" ekraan\nm-2;lv, en;13" ekraan')).toBe(';');
    expect(detectDelimiter('id;Keeled (nt, et, en);Ekraan\nm-1;12" ekraan;et, en\nm-2;lv;14"')).toBe(';');
    expect(detectDelimiter('a,"b ""x;y"" c",d\n1,"2;3",4')).toBe(',');
  });
});

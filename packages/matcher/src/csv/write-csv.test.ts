import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.js';
import { writeCsv } from './write-csv.js';

describe('writeCsv', () => {
  it('starts with a byte-order mark and ends every line with CRLF', () => {
    const text = writeCsv([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(text).toBe('\uFEFFa,b\r\n1,2\r\n');
  });

  it('quotes delimiters, quotes, line breaks and edge spaces', () => {
    const text = writeCsv([['x,y', 'say "hi"', 'two\nlines', ' padded', 'plain']], { bom: false });
    expect(text).toBe('"x,y","say ""hi""","two\nlines"," padded",plain\r\n');
  });

  it('defuses cells that spreadsheets would run as formulas', () => {
    const text = writeCsv([['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tx', 'a=b']], { bom: false });
    expect(text).toBe(`"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1),'\tx,a=b\r\n`);
  });

  it('writes numbers with the chosen decimal separator and leaves them unguarded', () => {
    const text = writeCsv([[0.825, -1.5, null, true]], { delimiter: ';', decimal: ',', bom: false });
    expect(text).toBe('0,825;-1,5;;true\r\n');
  });

  it('round-trips through the parser', () => {
    const rows = [
      ['id', 'note'],
      ['m-1', 'Õpetaja; "eTwinning"\r\nTartu'],
    ];
    const parsed = parseCsv(writeCsv(rows, { delimiter: ';' }));
    expect(parsed.rows[0]?.cells).toEqual({ id: 'm-1', note: 'Õpetaja; "eTwinning"\r\nTartu' });
  });
  it('names rows that are not an array of rows', () => {
    expect(() => writeCsv(null as never)).toThrow(new TypeError('writeCsv: rows must be an array of rows, each an array of cells'));
    expect(() => writeCsv(['a,b'] as never)).toThrow(TypeError);
  });
});

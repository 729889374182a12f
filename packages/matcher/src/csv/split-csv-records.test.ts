import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { CSV_DELIMITERS, type CsvDelimiter } from './detect-delimiter.js';
import { splitCsvRecords } from './split-csv-records.js';

describe('splitCsvRecords', () => {
  it('splits on the delimiter and on the line break of the file: CRLF, LF or CR', () => {
    for (const newline of ['\r\n', '\n', '\r']) {
      expect(splitCsvRecords(['a;b', 'c;d', 'e;f'].join(newline), ';').records).toEqual([
        ['a', 'b'],
        ['c', 'd'],
        ['e', 'f'],
      ]);
    }
  });

  it('reads quoted cells with delimiters, doubled quotes and line breaks', () => {
    expect(splitCsvRecords('"a,b","say ""hi""","x\r\ny"\n', ',')).toEqual({ records: [['a,b', 'say "hi"', 'x\r\ny']], errors: [] });
  });

  it('keeps empty cells, blank lines and a trailing delimiter, but no record after the final line break', () => {
    expect(splitCsvRecords('a,,\n\n,b\n', ',').records).toEqual([['a', '', ''], [''], ['', 'b']]);
    expect(splitCsvRecords('', ',').records).toEqual([]);
  });

  it('keeps quotes inside an unquoted cell as text', () => {
    expect(splitCsvRecords('5" disk,b', ',')).toEqual({ records: [['5" disk', 'b']], errors: [] });
  });

  it('reports a line whose quotes do not close, keeps its text as one cell, and reads on from the next line', () => {
    const invalid = splitCsvRecords('id,bio\nm1,"Learn by doing" is my motto\nm2,ok\nm3,"fine"\nm4,last\n', ',');
    expect(invalid).toEqual({
      records: [['id', 'bio'], ['m1,"Learn by doing" is my motto'], ['m2', 'ok'], ['m3', 'fine'], ['m4', 'last']],
      errors: [{ record: 1, code: 'csv-invalid-quotes', message: expect.any(String) }],
    });
    const open = splitCsvRecords('id\nok\n"never closed\nlast\r\nmore', ',');
    expect(open).toEqual({
      records: [['id'], ['ok'], ['"never closed'], ['last'], ['more']],
      errors: [{ record: 2, code: 'csv-missing-quotes', message: expect.any(String) }],
    });
  });

  it('ends records at CRLF and LF alike, as in a file joined from two exports; a lone CR file keeps to CR', () => {
    expect(splitCsvRecords('id,name\r\na1,A\r\nb1,"B\r\nline two"\nc1,C\nd1,"D"\r\ne1,E', ',').records).toEqual([
      ['id', 'name'],
      ['a1', 'A'],
      ['b1', 'B\r\nline two'],
      ['c1', 'C'],
      ['d1', 'D'],
      ['e1', 'E'],
    ]);
    expect(splitCsvRecords('id,name\na1,A\r\nb1,B\n', ',').records).toEqual([['id', 'name'], ['a1', 'A'], ['b1', 'B']]);
    expect(splitCsvRecords('id,name\ra1,A\nstill a1\rb1,B', ',').records).toEqual([['id', 'name'], ['a1', 'A\nstill a1'], ['b1', 'B']]);
  });

  it('finds every broken line of a file, each once', () => {
    const { records, errors } = splitCsvRecords('a;b\r\n"x"y;1\r\nok;2\r\n"open;3\r\nlast;4', ';');
    expect(errors.map((e) => [e.record, e.code])).toEqual([
      [1, 'csv-invalid-quotes'],
      [3, 'csv-missing-quotes'],
    ]);
    expect(records).toEqual([['a', 'b'], ['"x"y;1'], ['ok', '2'], ['"open;3'], ['last', '4']]);
  });
});

// Well-formed CSV built from awkward cell text, written with one line ending per file.
const cellText = fc.string({ unit: fc.constantFrom('a', 'Õ', 'Ж', ' ', ',', ';', '\t', '"', '\r', '\n', '='), maxLength: 6 });
const csvFile = fc.record({
  delimiter: fc.constantFrom(...CSV_DELIMITERS),
  newline: fc.constantFrom('\r\n', '\n', '\r'),
  width: fc.integer({ min: 1, max: 4 }),
  quoteAll: fc.boolean(),
}).chain((shape) =>
  fc.record({
    shape: fc.constant(shape),
    rows: fc.array(fc.array(cellText, { minLength: shape.width, maxLength: shape.width }), { minLength: 1, maxLength: 6 }),
  }),
);

function encode(rows: string[][], delimiter: CsvDelimiter, newline: string, quoteAll: boolean): string {
  const needs = (cell: string) => quoteAll || cell.startsWith('"') || cell.includes(delimiter) || /[\r\n]/.test(cell);
  return rows.map((row) => row.map((cell) => (needs(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(delimiter)).join(newline);
}

/** A row of one empty cell is written as an empty line, which reads back as `['']` only when width is 1. */
const readable = (rows: string[][]) => rows.every((row) => row.length > 1 || row[0] !== '');

describe('splitCsvRecords, properties', () => {
  test.prop([csvFile])('reads back what was written', ({ shape, rows }) => {
    fc.pre(readable(rows));
    const text = encode(rows, shape.delimiter, shape.newline, shape.quoteAll);
    expect(splitCsvRecords(text, shape.delimiter)).toEqual({ records: rows, errors: [] });
  });
});

describe('splitCsvRecords, large files', () => {
  it('reads 200,000 rows without running out of stack', () => {
    const lines = ['id,name'];
    for (let i = 0; i < 200_000; i++) lines.push(`m-${i},"Name ${i}"`);
    const { records, errors } = splitCsvRecords(`${lines.join('\n')}\n`, ',');
    expect(errors).toEqual([]);
    expect(records).toHaveLength(200_001);
    expect(records[200_000]).toEqual(['m-199999', 'Name 199999']);
  });

  it('reports each of 16,000 lines with unclosed or invalid quotes once and keeps the good lines between them', () => {
    const lines = ['id;bio'];
    for (let i = 0; i < 8_000; i++) lines.push(`m-${i}a;"never closed ${i}`, `m-${i}b;ok`, `m-${i}c;"quoted" then text`);
    const { records, errors } = splitCsvRecords(lines.join('\r\n'), ';');
    expect(records).toHaveLength(24_001);
    expect(errors).toHaveLength(16_000);
    expect(errors.filter((e) => e.code === 'csv-missing-quotes').map((e) => e.record).slice(0, 3)).toEqual([1, 4, 7]);
    expect(errors.filter((e) => e.code === 'csv-invalid-quotes').map((e) => e.record).slice(-1)).toEqual([24_000]);
    expect(records[23_999]).toEqual(['m-7999b', 'ok']);
    expect(records[23_998]).toEqual(['m-7999a;"never closed 7999']);
  });

  it('closes a quote on a later line once an earlier quote ran to the end', () => {
    // The second quoted cell opens after the first search gave up; its own run of quotes decides.
    const { records, errors } = splitCsvRecords('a,"open\nb,""\nc,"""x"\n', ',');
    expect(errors.map((e) => e.record)).toEqual([0]);
    expect(records).toEqual([['a,"open'], ['b', ''], ['c', '"x']]);
  });
});

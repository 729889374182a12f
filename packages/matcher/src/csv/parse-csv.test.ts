import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.js';

describe('parseCsv', () => {
  it('reads UTF-8 with a byte-order mark and semicolons, keeping non-Latin text', () => {
    const parsed = parseCsv('\uFEFFid;displayName\r\nm-ee-01;Kadri T.\r\nm-ua-01;Олена К.\r\n');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.headers).toEqual(['id', 'displayName']);
    expect(parsed.rows).toEqual([
      { row: 2, cells: { id: 'm-ee-01', displayName: 'Kadri T.' } },
      { row: 3, cells: { id: 'm-ua-01', displayName: 'Олена К.' } },
    ]);
    expect(parsed.issues).toEqual([]);
  });

  it('reads commas and quoted cells with delimiters, quotes and line breaks', () => {
    const parsed = parseCsv('id,bio.en\nm-a,"Teacher, ""eTwinner""\nsince 2011"\nm-b,x\n');
    expect(parsed.delimiter).toBe(',');
    expect(parsed.rows[0]?.cells['bio.en']).toBe('Teacher, "eTwinner"\nsince 2011');
    // A spreadsheet shows the multi-line cell as one row, so the next record is row 3.
    expect(parsed.rows[1]?.row).toBe(3);
  });

  it("reads the file's bytes as UTF-8, and names a file that is not UTF-8 at its first unreadable row", () => {
    const bytes = new TextEncoder().encode('\uFEFFid;displayName\ne-1;Aušra P.\n');
    expect(parseCsv(bytes)).toEqual(parseCsv('id;displayName\ne-1;Aušra P.\n'));
    // Windows-1257: 0xF0 is š.
    const baltic = Uint8Array.from([...new TextEncoder().encode('id;displayName\ne-1;Jonas\ne-2;Au'), 0xf0, ...new TextEncoder().encode('ra P.\n')]);
    expect(parseCsv(baltic).issues.map((i) => [i.row, i.code])).toEqual([[3, 'csv-not-utf8']]);
  });

  it('names anything but text or bytes', () => {
    expect(() => parseCsv(null as never)).toThrow(new TypeError("parseCsv: the input must be the file's text or its bytes (a Uint8Array or Buffer), got null"));
    expect(() => parseCsv({} as never)).toThrow(/got object/);
  });

  it('honours an explicit delimiter over detection', () => {
    const parsed = parseCsv('a;b,c\n1;2,3\n', { delimiter: ',' });
    expect(parsed.headers).toEqual(['a;b', 'c']);
  });

  it("takes the delimiter from Excel's sep= line and leaves the line out, the header staying row 1", () => {
    const parsed = parseCsv('\uFEFFsep=;\r\nid;name\r\n1;Mari, Tamm\r\n2;Jüri;x\r\n');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.headers).toEqual(['id', 'name']);
    expect(parsed.rows).toEqual([{ row: 2, cells: { id: '1', name: 'Mari, Tamm' } }]);
    expect(parsed.issues.map((i) => i.row)).toEqual([3]);
    expect(parseCsv('sep=,\nid,name\n1,Mari').rows[0]?.cells).toEqual({ id: '1', name: 'Mari' });
    expect(parseCsv('sep=|\nid;name\n1;Mari').delimiter).toBe(';');
  });

  it('names a delimiter it does not know, such as the CLI spelling "tab"', () => {
    expect(() => parseCsv('a\tb', { delimiter: 'tab' as never })).toThrow(new RangeError('parseCsv: options.delimiter must be one of ",", ";" or "\\t" (a tab character), got "tab"'));
    expect(parseCsv('a\tb\n1\t2', { delimiter: '\t' }).rows[0]?.cells).toEqual({ a: '1', b: '2' });
  });

  it('skips blank rows but keeps counting them', () => {
    const parsed = parseCsv('id\nm-a\n\n;\nm-b\n', { delimiter: ';' });
    expect(parsed.rows.map((r) => [r.row, r.cells['id']])).toEqual([
      [2, 'm-a'],
      [5, 'm-b'],
    ]);
  });

  it('reports rows with the wrong number of cells by spreadsheet row and goes on', () => {
    const parsed = parseCsv('id,name\nm-a,A\nm-b\nm-c,C,extra\nm-d,D\n');
    expect(parsed.rows.map((r) => r.cells['id'])).toEqual(['m-a', 'm-d']);
    expect(parsed.issues.map((i) => [i.row, i.code])).toEqual([
      [3, 'csv-column-count'],
      [4, 'csv-column-count'],
    ]);
    expect(parsed.issues[0]?.params).toEqual({ expected: 2, got: 1, delimiter: ',' });
    expect(parsed.issues[0]?.message).toBe('Expected 2 cells, got 1 (cells split at ",").');
  });

  it('names the delimiter the file seems to use when the one given leaves the header in one column', () => {
    const parsed = parseCsv('id,displayName\nm-a,A\n', { delimiter: ';' });
    expect(parsed.issues[0]).toMatchObject({ row: 1, code: 'csv-delimiter-mismatch', params: { delimiter: ';', likely: ',' } });
    expect(parseCsv('id;displayName\nm-a;A\n', { delimiter: ';' }).issues).toEqual([]);
    expect(parseCsv('notes\nm-a\n').issues).toEqual([]);
    // A one-column file whose header holds another delimiter in quotes, or that was read with the detected one, is fine.
    expect(parseCsv('"Notes; more"\nx\n', { delimiter: ',' }).issues).toEqual([]);
    expect(parseCsv('Notes; more\nx\n', { delimiter: ',' }).issues.map((i) => i.code)).toEqual(['csv-delimiter-mismatch']);
    expect(parseCsv('sep=,\nNotes; more\nx\n').issues).toEqual([]);
  });

  it('reads a sep= line padded with delimiters by a spreadsheet', () => {
    const parsed = parseCsv('sep=;;;\r\nid;name;x;y\r\nm-a;A;1;2\r\n');
    expect([parsed.delimiter, parsed.headers, parsed.rows[0]?.row, parsed.issues]).toEqual([';', ['id', 'name', 'x', 'y'], 2, []]);
  });

  it('reports an unclosed quote at its row', () => {
    const parsed = parseCsv('id,name\nm-a,A\nm-b,"broken\n');
    expect(parsed.issues[0]).toMatchObject({ row: 3, code: 'csv-missing-quotes' });
    expect(parsed.rows.map((r) => r.cells['id'])).toEqual(['m-a']);
  });

  it('reports a missing header and duplicate headers', () => {
    expect(parseCsv('').issues[0]?.code).toBe('csv-no-header');
    // Windows-1257 bytes of "Skolotājs" read as UTF-8.
    const decoded = new TextDecoder('utf-8').decode(new Uint8Array([0x69, 0x64, 0x3b, 0x72, 0x6f, 0x6c, 0x65, 0x0a, 0x6d, 0x2d, 0x31, 0x3b, 0x53, 0x6b, 0x6f, 0x6c, 0x6f, 0x74, 0xe2, 0x6a, 0x73, 0x0a]));
    const parsed = parseCsv(decoded);
    expect(parsed.issues.map((i) => [i.row, i.code]), 'at the first row it happens').toEqual([[2, 'csv-not-utf8']]);
    expect(parsed.rows, 'the rows are still read, to be checked field by field').toHaveLength(1);
    expect(parseCsv('id;role\nm-1;Skolotājs\n').issues).toEqual([]);
    expect(parseCsv('id,id\n1,2\n').issues[0]).toMatchObject({ row: 1, code: 'csv-duplicate-header' });
  });
});

describe('parseCsv, large files', () => {
  it('reads 200,000 rows and reports the broken ones among them by row number', () => {
    const lines = ['id,displayName'];
    for (let i = 0; i < 200_000; i++) lines.push(i % 50_000 === 7 ? `m-${i},"unclosed` : `m-${i},Name ${i}`);
    const parsed = parseCsv(lines.join('\n'));
    expect(parsed.rows).toHaveLength(199_996);
    expect(parsed.issues.map((i) => [i.row, i.code])).toEqual([
      [9, 'csv-missing-quotes'],
      [50_009, 'csv-missing-quotes'],
      [100_009, 'csv-missing-quotes'],
      [150_009, 'csv-missing-quotes'],
    ]);
    expect(parsed.rows.at(-1)).toEqual({ row: 200_001, cells: { id: 'm-199999', displayName: 'Name 199999' } });
  });

  it('reads 16,000 broken-quote lines, each reported at its row', () => {
    const lines = ['id,bio'];
    for (let i = 0; i < 16_000; i++) lines.push(`m-${i}x,"no end ${i}`, `m-${i},fine`);
    const parsed = parseCsv(lines.join('\n'));
    expect(parsed.issues).toHaveLength(16_000);
    expect(parsed.issues.every((issue, k) => issue.row === 2 + 2 * k && issue.code === 'csv-missing-quotes')).toBe(true);
    expect(parsed.rows).toHaveLength(16_000);
    expect(parsed.rows[15_999]).toEqual({ row: 32_001, cells: { id: 'm-15999', bio: 'fine' } });
  });

  it('reads every row of a file whose line ends change halfway (two exports joined)', () => {
    const parsed = parseCsv('id,name\r\na1,A\r\nb1,B\nc1,C\nd1,D\n');
    expect(parsed.rows.map((r) => [r.row, r.cells['id'], r.cells['name']])).toEqual([
      [2, 'a1', 'A'],
      [3, 'b1', 'B'],
      [4, 'c1', 'C'],
      [5, 'd1', 'D'],
    ]);
    expect(parsed.issues).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, memoryIo } from '../../test/memory-io.js';
import { EXIT_CODES } from '../cli/exit-codes.js';
import { run } from '../run.js';
import { CLI_VERSION } from '../version.js';

const files = () => ({ 'mentors.json': fixture('mentors.json'), 'mentees.json': fixture('mentees.json'), 'programmes.json': fixture('programmes.json') });

describe('mentor-match pairs: files named on the command line', () => {
  for (const [option, args] of [
    ['mentors', ['--mentors', 'missing.csv', '--mentees', 'mentees.json']],
    ['mentees', ['--mentors', 'mentors.json', '--mentees', 'missing.csv']],
    ['programme', ['--mentors', 'mentors.json', '--mentees', 'mentees.json', '--programme', 'missing.json']],
    ['pins', ['--mentors', 'mentors.json', '--mentees', 'mentees.json', '--pins', 'missing.csv']],
  ] as const) {
    it(`a missing --${option} file is an error naming the option, even with --allow-invalid`, async () => {
      const io = memoryIo(files());
      expect(await run(['pairs', ...args, '--allow-invalid'], io)).toBe(EXIT_CODES.rejected);
      expect(io.errText()).toMatch(new RegExp(`^--${option} missing\\.(csv|json): cannot read the file \\(ENOENT\\)`));
      expect(io.out.join('')).toBe('');
    });
  }

  it('says when a CSV file is not UTF-8, as a spreadsheet\'s regional CSV is not', async () => {
    // What Node reads from Windows-1257 bytes: the letter is gone, U+FFFD stands in its place.
    // The file is refused whole and the run stops, --allow-invalid or not: pairing without its people would look like a result.
    for (const extra of [[], ['--allow-invalid']]) {
      const io = memoryIo({ ...files(), 'mentees.csv': 'id;displayName\ne-1;J\uFFFDnis\n' });
      expect(await run(['pairs', '--mentors', 'mentors.json', '--mentees', 'mentees.csv', ...extra], io)).toBe(EXIT_CODES.rejected);
      expect(io.errText()).toMatch(/^--mentees mentees\.csv: .*probably not UTF-8.*Save it as "CSV UTF-8" and load it again\.$/m);
      expect(io.out.join('')).toBe('');
    }
  });

  it('minds a repeated header only where the run reads that column', async () => {
    const [header = '', ...rows] = fixture('mentees-comma.csv').trimEnd().split(/\r?\n/);
    // One more column at the end of every row, headed `name`; the file's last column gets that header too.
    const twice = (name: string, last: string) => [`${header.replace(new RegExp(`${last}$`), name)},${name}`, ...rows.map((row) => `${row},x`)].join('\r\n');
    const ignored = memoryIo({ ...files(), 'mentees.csv': twice('Notes', 'private.coordinatorNotes') });
    expect(await run(['pairs', '--mentors', 'mentors.json', '--mentees', 'mentees.csv'], ignored)).toBe(EXIT_CODES.ok);
    expect(ignored.errText()).not.toContain('csv-duplicate-header');
    expect(ignored.errText()).toMatch(/columns that name no field, ignored: "Notes"$/m);
    const read = memoryIo({ ...files(), 'mentees.csv': twice('private.coordinatorNotes', 'private.coordinatorNotes') });
    expect(await run(['pairs', '--mentors', 'mentors.json', '--mentees', 'mentees.csv'], read)).toBe(EXIT_CODES.rejected);
    expect(read.errText()).toMatch(/^mentees\.csv row 1: csv-duplicate-header: Column "private\.coordinatorNotes" appears twice\.$/m);
  });

  it('stops when a mentors or mentees file is not JSON, not a list, has no header or is read with a delimiter it does not use', async () => {
    const cases = { 'mentors.json': '{ "mentors": ', 'mentees.json': '{ "people": [] }', 'mentees.csv': '\n\n', 'mentors.csv': 'id,displayName\nm-1,A\n' };
    for (const [name, text] of Object.entries(cases)) {
      const option = name.startsWith('mentors') ? 'mentors' : 'mentees';
      const io = memoryIo({ ...files(), [name]: text });
      const argv = ['pairs', '--mentors', 'mentors.json', '--mentees', 'mentees.json', `--${option}`, name, '--allow-invalid', ...(name === 'mentors.csv' ? ['--delimiter', ';'] : [])];
      expect(await run(argv, io), name).toBe(EXIT_CODES.rejected);
      expect(io.errText(), name).toMatch(new RegExp(`^--${option} ${name.replace('.', '\\.')}: `));
      if (name === 'mentors.csv') expect(io.errText()).toContain('the file seems to be separated by ",", not ";"');
      expect(io.out.join(''), name).toBe('');
    }
  });

  describe('a required column', () => {
    const csv = fixture('mentees-comma.csv');
    const [header = '', ...rows] = csv.trimEnd().split('\n');
    const at = header.split(',').indexOf('languages');
    // Cells with their separators, quoted ones whole, so one column can be dropped or replaced.
    const table = [header, ...rows].map((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []);
    const dropColumn = () => `${table.map((row) => row.filter((_, i) => i !== at).join('').replace(/,$/, '')).join('\n')}\n`;
    const fillColumn = (value: string) => `${table.map((row, n) => row.map((cell, i) => (i === at && n > 0 ? `${value},` : cell)).join('')).join('\n')}\n`;

    it('that every row lacks is named once for the file, not on every row', async () => {
      expect(at).toBeGreaterThan(0);
      const io = memoryIo({ ...files(), 'mentees.csv': dropColumn() });
      expect(await run(['pairs', '--mentors', 'mentors.json', '--mentees', 'mentees.csv'], io)).toBe(EXIT_CODES.rejected);
      const lines = io.errText().split('\n');
      expect(lines).toContain('mentees.csv (languages): missing-everywhere: no mentee has this required field; add a column "languages", or map a column to it with --mentee-map or --map');
      expect(lines.filter((line) => line.includes('(languages)'))).toHaveLength(1);
      expect(io.errText()).toContain(`${rows.length} input row(s) or record(s) rejected`);
      // The options the advice names are ones the command takes.
      const help = memoryIo(files());
      await run(['pairs', '--help'], help);
      for (const option of lines.find((line) => line.includes('(languages)'))?.match(/--[a-z-]+/g) ?? ['none']) expect(help.out.join('')).toContain(`${option} `);
    });

    it('that is in the file but left out by the mapping given is named as such, not as a column to add', async () => {
      const mapping = JSON.stringify(Object.fromEntries(header.split(',').filter((column) => column !== 'languages').map((column) => [column, column])));
      const io = memoryIo({ ...files(), 'mentees.csv': csv, 'map.json': mapping });
      expect(await run(['pairs', '--mentors', 'mentors.json', '--mentees', 'mentees.csv', '--mentee-map', 'map.json'], io)).toBe(EXIT_CODES.rejected);
      expect(io.errText().split('\n')).toContain(
        'mentees.csv (languages): missing-everywhere: no mentee has this required field; the file has a column "languages", but the mapping given with --mentee-map or --map leaves it out: add "languages": "languages" to it',
      );
    });

    it('that is there but cannot be read is named on each row, not as missing', async () => {
      const io = memoryIo({ ...files(), 'mentees.csv': fillColumn('Estonian') });
      expect(await run(['pairs', '--mentors', 'mentors.json', '--mentees', 'mentees.csv'], io)).toBe(EXIT_CODES.rejected);
      expect(io.errText()).not.toContain('missing-everywhere');
      expect(io.errText().split('\n').filter((line) => /column "languages"/.test(line))).toHaveLength(rows.length);
    });
  });

  it('rejects a --lang it has no catalogue for', async () => {
    const io = memoryIo(files());
    expect(await run(['pairs', '--mentors', 'mentors.json', '--mentees', 'mentees.json', '--lang', 'xx'], io)).toBe(EXIT_CODES.usage);
    expect(io.errText()).toMatch(/--lang must be one of en, et, fi, lt, lv; got "xx"/);
  });
});

describe('mentor-match --version', () => {
  it('prints the package version', async () => {
    const io = memoryIo();
    expect(await run(['--version'], io)).toBe(EXIT_CODES.ok);
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(CLI_VERSION).toBe(pkg.version);
    expect(io.out.join('')).toBe(`mentor-match ${pkg.version}\n`);
  });
});

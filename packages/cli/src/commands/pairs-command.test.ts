import { readFileSync } from 'node:fs';
import { parseCsv } from '@mentor-finder/matcher';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { fixture, memoryIo } from '../../test/memory-io.js';
import { EXIT_CODES } from '../cli/exit-codes.js';
import { run } from '../run.js';

const sampleFiles = () => ({
  'mentors.json': fixture('mentors.json'),
  'mentees.json': fixture('mentees.json'),
  'programmes.json': fixture('programmes.json'),
});
const base = ['pairs', '--mentors', 'mentors.json', '--mentees', 'mentees.json', '--programme', 'programmes.json'];

interface JsonOut {
  pairs: { menteeId: string; mentorId: string; score: number; pinned: boolean; forbidden: boolean; state: string; reasons: { code: string }[] }[];
  runs: { programmeId: string | null; strategy: string; unmatched: { menteeId: string; reasons: { code: string }[] }[]; stats: { total: number; matched: number; totalScore: number } }[];
  inputIssues: unknown[];
}

const schemaDir = new URL('../../../matcher/schemas/', import.meta.url);
const schema = (name: string) => JSON.parse(readFileSync(new URL(name, schemaDir), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema(schema('defs.schema.json'));
const validatePair = ajv.compile(schema('pair.schema.json'));

async function runJson(files: Record<string, string>, argv: string[]) {
  const io = memoryIo(files);
  const code = await run([...argv, '--out', 'out/pairs.json'], io);
  const text = io.files.get('/work/out/pairs.json');
  return { code, io, json: text === undefined ? undefined : (JSON.parse(text) as JsonOut) };
}

describe('mentor-match pairs', () => {
  it('pairs the JSON sample per programme and writes a Markdown report to standard output', async () => {
    const io = memoryIo(sampleFiles());
    expect(await run(base, io)).toBe(EXIT_CODES.ok);
    const md = io.out.join('');
    expect(md).toMatch(/^# Suggested mentor pairs/);
    expect(md).toContain('## eTwinning mentor pool 2026 (sample)');
    expect(md).toContain('## Mentoring programme 2025/2026 (sample)');
    expect(md).toMatch(/\*\*[^*]*\(e-pt-01\)\*\*: No mentor speaks any of the mentee's languages \(Portuguese\)/);
    expect(io.errText()).toMatch(/^etwinning-mentors-2026: \d+ of 46 mentees paired/m);
    expect(io.errText()).toMatch(/^career-mentoring-2025-26: \d+ of 14 mentees paired/m);
  });

  it('says that programme rules are not applied when the records name programmes and no --programme file is given', async () => {
    const io = memoryIo(sampleFiles());
    expect(await run(['pairs', '--mentors', 'mentors.json', '--mentees', 'mentees.json'], io)).toBe(EXIT_CODES.ok);
    expect(io.errText()).toContain('note: no --programme file: the rules and relationship window of career-mentoring-2025-26, etwinning-mentors-2026 are not applied; pass --programme <file> to apply them');
    const given = memoryIo(sampleFiles());
    expect(await run(base, given)).toBe(EXIT_CODES.ok);
    expect(given.errText()).not.toContain('no --programme file');
  });

  it('writes Pair records as JSON, never across programmes, with a run per programme', async () => {
    const { code, json } = await runJson(sampleFiles(), base);
    expect(code).toBe(EXIT_CODES.ok);
    if (!json) throw new Error('no output');
    expect(json.runs.map((r) => r.programmeId)).toEqual(['etwinning-mentors-2026', 'career-mentoring-2025-26']);
    const mentors = new Map((JSON.parse(fixture('mentors.json')) as { id: string; programmeId: string }[]).map((m) => [m.id, m.programmeId]));
    const mentees = new Map((JSON.parse(fixture('mentees.json')) as { id: string; programmeId: string }[]).map((m) => [m.id, m.programmeId]));
    expect(json.pairs.length).toBe(json.runs.reduce((n, r) => n + r.stats.matched, 0));
    for (const p of json.pairs) expect(validatePair(p), JSON.stringify(validatePair.errors)).toBe(true);
    for (const p of json.pairs) {
      expect(mentors.get(p.mentorId)).toBe(mentees.get(p.menteeId));
      expect(p).toMatchObject({ pinned: false, forbidden: false, state: 'proposed' });
      expect(p.score).toBeGreaterThan(0);
      expect(p.score).toBeLessThanOrEqual(1);
    }
    const association = json.runs[1];
    expect(association?.stats.matched).toBeLessThanOrEqual(6);
    expect(association?.unmatched.find((u) => u.menteeId === 'e-cc-09')?.reasons[0]?.code).toBe('mentee-ineligible');
  });

  it('writes CSV for spreadsheets: BOM, CRLF, chosen delimiter with decimal comma, formulas defused', async () => {
    const mentees = JSON.parse(fixture('mentees.json')) as { id: string; displayName: string }[];
    const hostile = mentees.map((m) => (m.id === 'e-ee-01' ? { ...m, displayName: '=HYPERLINK("http://x","y")' } : m));
    const io = memoryIo({ ...sampleFiles(), 'mentees.json': JSON.stringify(hostile) });
    expect(await run([...base, '--out', 'pairs.csv', '--out-delimiter', ';'], io)).toBe(EXIT_CODES.ok);
    const text = io.files.get('/work/pairs.csv') ?? '';
    expect(text.startsWith('\uFEFFprogramme;status;menteeId;mentee;mentorId;mentor;score;reasons;warnings;alternatives\r\n')).toBe(true);
    expect(text.replace(/"[^"]*"/g, '').includes('\n') && !/[^\r]\n/.test(text.replace(/"[^"]*"/g, ''))).toBe(true);
    const parsed = parseCsv(text);
    expect(parsed.delimiter).toBe(';');
    const rows = parsed.rows.map((r) => r.cells);
    expect(rows).toHaveLength(60);
    const row = rows.find((r) => r['menteeId'] === 'e-ee-01');
    expect(row?.['mentee']).toBe(`'=HYPERLINK("http://x","y")`);
    const paired = rows.filter((r) => r['status'] === 'suggested');
    expect(paired.length).toBeGreaterThan(0);
    for (const r of paired) expect(r['score']).toMatch(/^(0,\d+|1)$/);
    expect(rows.find((r) => r['menteeId'] === 'e-hu-01')).toMatchObject({ status: 'unmatched', mentorId: '' });
  });

  it("writes CSV the way the input was written, else as the language's spreadsheets expect", async () => {
    const delimiterOf = async (files: Record<string, string>, argv: string[]) => {
      const io = memoryIo(files);
      expect(await run([...argv, '--out', 'pairs.csv'], io)).toBe(EXIT_CODES.ok);
      return parseCsv(io.files.get('/work/pairs.csv') ?? '').delimiter;
    };
    const semicolonMentees = { ...sampleFiles(), 'mentees.csv': fixture('mentees-comma.csv').replaceAll(',', ';') };
    const csvArgv = ['pairs', '--mentors', 'mentors.json', '--mentees', 'mentees.csv', '--programme', 'programmes.json', '--allow-invalid'];
    expect(await delimiterOf(semicolonMentees, csvArgv)).toBe(';');
    expect(await delimiterOf({ ...sampleFiles(), 'mentees.csv': fixture('mentees-comma.csv') }, [...csvArgv, '--lang', 'et'])).toBe(',');
    expect(await delimiterOf(sampleFiles(), [...base, '--lang', 'lv'])).toBe(';');
    expect(await delimiterOf(sampleFiles(), base)).toBe(',');
    expect(await delimiterOf(sampleFiles(), [...base, '--lang', 'fi', '--out-delimiter', ','])).toBe(',');
  });

  it('says the runs\' issues on standard error when the output is CSV, which has no place for them', async () => {
    const mentors = JSON.parse(fixture('mentors.json')) as { id: string; private: { email: string } }[];
    const twice = mentors.map((m, i) => (i === 1 ? { ...m, private: { ...m.private, email: mentors[0]!.private.email } } : m));
    const io = memoryIo({ ...sampleFiles(), 'mentors.json': JSON.stringify(twice) });
    expect(await run([...base, '--out', 'pairs.csv'], io)).toBe(EXIT_CODES.ok);
    expect(io.errText()).toMatch(/^note: [\w-]+: Probably one mentor registered more than once \(same e-mail address\)/m);
  });

  it('words CSV problems in the report\'s language with their details', async () => {
    const io = memoryIo({ ...sampleFiles(), 'mentees.csv': `${fixture('mentees-comma.csv').trimEnd()}\r\ne-zz-01,too,few\r\n` });
    expect(await run(['pairs', '--mentors', 'mentors.json', '--mentees', 'mentees.csv', '--programme', 'programmes.json', '--allow-invalid', '--lang', 'et'], io)).toBe(EXIT_CODES.ok);
    expect(io.out.join('')).toContain('lahtrite arv erineb päisereast (eraldaja: “,”)');
  });

  it('pairs the registration of a duplicate mentee that --keep-duplicate names (first by default)', async () => {
    const sitsOut = async (extra: string[]) => {
      const { json } = await runJson(sampleFiles(), [...base, ...extra]);
      const out = json?.runs.flatMap((r) => r.unmatched).filter((u) => u.reasons.some((reason) => reason.code === 'duplicate-mentee'));
      return out?.map((u) => u.menteeId);
    };
    expect(await sitsOut([])).toEqual(['e-ee-11']);
    expect(await sitsOut(['--keep-duplicate', 'last'])).toEqual(['e-ee-03']);
    expect(await sitsOut(['--keep-duplicate', 'all'])).toEqual([]);
    const io = memoryIo(sampleFiles());
    expect(await run([...base, '--keep-duplicate', 'newest'], io)).toBe(EXIT_CODES.usage);
  });

  it('reads CSV exports: a BOM + semicolon mentors file and a comma mentees file', async () => {
    const files = { 'mentors.csv': fixture('mentors-bom-semicolon.csv'), 'mentees.csv': fixture('mentees-comma.csv'), 'programmes.json': fixture('programmes.json') };
    const argv = ['pairs', '--mentors', 'mentors.csv', '--mentees', 'mentees.csv', '--programme', 'programmes.json'];
    const { code, json, io } = await runJson(files, argv);
    expect(io.errText()).not.toMatch(/rejected/);
    expect(code).toBe(EXIT_CODES.ok);
    const run0 = json?.runs[0];
    expect(run0?.stats.total).toBe(10);
    expect(json?.pairs.some((p) => p.mentorId === 'm-ee-02')).toBe(false);
    expect(run0?.unmatched.find((u) => u.menteeId === 'e-pt-01')?.reasons[0]?.code).toBe('no-shared-language-any');
  });

  it('reports rejected rows with row and column, pairs the rest, and exits 1 unless --allow-invalid', async () => {
    const files = { 'mentors.json': fixture('mentors.json'), 'broken.csv': fixture('mentees-broken.csv'), 'programmes.json': fixture('programmes.json') };
    const argv = ['pairs', '--mentors', 'mentors.json', '--mentees', 'broken.csv', '--programme', 'programmes.json'];
    const strict = await runJson(files, argv);
    expect(strict.code).toBe(EXIT_CODES.rejected);
    const err = strict.io.errText();
    expect(err).toMatch(/^broken\.csv row 3, column "languages" \(languages\): language: "en:fluent"/m);
    expect(err).toMatch(/^broken\.csv row 5, id e-ee-12, column "country" \(country\)/m);
    expect(err).toMatch(/^broken\.csv row 7, id e-lt-02, column "goals\.text"/m);
    expect(err).toMatch(/^broken\.csv row 10: csv-column-count/m);
    expect(err).toMatch(/4 input row\(s\) or record\(s\) rejected; fix them or pass --allow-invalid/);
    expect(strict.json?.runs[0]?.stats.total).toBe(5);
    expect(strict.json?.inputIssues.length).toBeGreaterThanOrEqual(4);
    const lenient = await runJson(files, [...argv, '--allow-invalid']);
    expect(lenient.code).toBe(EXIT_CODES.ok);
    expect(lenient.io.errText()).toMatch(/allowed by --allow-invalid/);
  });

  it('reads a registration form export through --map', async () => {
    const files = {
      'mentors.json': fixture('mentors.json'),
      'form.csv': fixture('mentees-form.csv'),
      'map.json': fixture('mentees-form-map.json'),
      'programmes.json': fixture('programmes.json'),
    };
    const argv = ['pairs', '--mentors', 'mentors.json', '--mentees', 'form.csv', '--mentee-map', 'map.json', '--programme', 'programmes.json'];
    const { code, json, io } = await runJson(files, argv);
    expect(io.errText()).not.toMatch(/rejected/);
    expect(code).toBe(EXIT_CODES.ok);
    expect(json?.runs[0]?.stats.total).toBe(6);
  });

  it('exits 2 on a broken mapping file, naming the problem', async () => {
    const io = memoryIo({ ...sampleFiles(), 'map.json': '{"Email": {"field": "private.email", "type": "mail"}}' });
    expect(await run([...base, '--map', 'map.json'], io)).toBe(EXIT_CODES.usage);
    expect(io.errText()).toMatch(/map\.json: Column "Email": unknown type "mail"/);
  });

  it('keeps pins with warnings and honours exclusions from files', async () => {
    const files = { ...sampleFiles(), 'pins.json': fixture('pins.json'), 'exclusions.csv': fixture('exclusions.csv') };
    const { code, json } = await runJson(files, [...base, '--pins', 'pins.json', '--exclusions', 'exclusions.csv']);
    expect(code).toBe(EXIT_CODES.ok);
    const pin = json?.pairs.find((p) => p.menteeId === 'e-pt-01');
    expect(pin).toMatchObject({ mentorId: 'm-ee-01', pinned: true });
    expect(pin?.reasons.map((r) => r.code)).toContain('no-shared-language');
    expect(validatePair(pin), JSON.stringify(validatePair.errors)).toBe(true);
    expect(json?.pairs.some((p) => p.menteeId === 'e-ee-13' && p.mentorId === 'm-ee-01')).toBe(false);
    const md = memoryIo({ ...files });
    await run([...base, '--pins', 'pins.json'], md);
    expect(md.out.join('')).toMatch(/\(m-ee-01\) 📌 pinned \| 0\.00 \| ⚠ /);
  });

  it('reports pins that are not valid ids by position', async () => {
    const files = { ...sampleFiles(), 'pins.json': '[{"menteeId": "e-ee-01"}, {"menteeId": "e-ee-02", "mentorId": "m-ee-03"}]' };
    const { code, io, json } = await runJson(files, [...base, '--pins', 'pins.json']);
    expect(code).toBe(EXIT_CODES.rejected);
    expect(io.errText()).toMatch(/pins\.json record 1 \(mentorId\): required/);
    expect(json?.pairs.find((p) => p.menteeId === 'e-ee-02')).toMatchObject({ mentorId: 'm-ee-03', pinned: true });
  });

  it('reports each pin or exclusion it cannot use with file and row, pairs the rest, and exits 1 unless --allow-invalid', async () => {
    const pins = 'menteeId;mentorId\ne-xx-99;m-ee-01\ne-fi-06;m-fi-01\ne-fi-06;m-fi-03\ne-ee-01;m-cc-01\ne-ee-02;m-ee-03\ne-xx-99;m-ee-01\n';
    const files = { ...sampleFiles(), 'pins.csv': pins, 'exclusions.csv': 'menteeId,mentorId\ne-ee-03,m-zz-01\n' };
    const { code, io, json } = await runJson(files, [...base, '--pins', 'pins.csv', '--exclusions', 'exclusions.csv']);
    expect(code).toBe(EXIT_CODES.rejected);
    const err = io.errText();
    expect(err).toMatch(/^pins\.csv row 2: .*e-xx-99.*not in this run/m);
    expect(err).toMatch(/^pins\.csv row 4: .*e-fi-06.*pinned twice/m);
    expect(err).toMatch(/^pins\.csv row 5: .*m-cc-01.*not in this run/m);
    expect(err).toMatch(/^exclusions\.csv row 2: .*m-zz-01.*not in this run/m);
    expect(err, 'each copy of a repeated row').toMatch(/^pins\.csv row 7: .*e-xx-99.*not in this run/m);
    expect(err).toMatch(/^5 input row\(s\) or record\(s\) rejected/m);
    expect(json?.pairs.find((p) => p.menteeId === 'e-ee-02')).toMatchObject({ mentorId: 'm-ee-03', pinned: true });
    expect(await run([...base, '--pins', 'pins.csv', '--allow-invalid', '--out', 'out/again.csv'], memoryIo(files))).toBe(EXIT_CODES.ok);
  });

  it('takes ids of one character in a pins file, as in records', async () => {
    const files = { ...sampleFiles(), 'pins.csv': 'menteeId;mentorId\n1;m-ee-01\n' };
    const { io } = await runJson(files, [...base, '--pins', 'pins.csv', '--allow-invalid']);
    expect(io.errText()).toMatch(/^pins\.csv row 2: .*not in this run/m);
    expect(io.errText()).not.toMatch(/not a valid id/);
  });

  it('reads the pins and exclusions file <mentor-pair-preview> downloads', async () => {
    const constraints = JSON.stringify({
      kind: 'mentor-pair-constraints',
      version: 1,
      programmeId: null,
      pins: [{ menteeId: 'e-ee-02', mentorId: 'm-ee-03' }],
      exclusions: [{ menteeId: 'e-ee-13', mentorId: 'm-ee-01' }],
    });
    const files = { ...sampleFiles(), 'decisions.json': constraints };
    const { code, json } = await runJson(files, [...base, '--pins', 'decisions.json', '--exclusions', 'decisions.json']);
    expect(code).toBe(EXIT_CODES.ok);
    expect(json?.pairs.find((p) => p.menteeId === 'e-ee-02')).toMatchObject({ mentorId: 'm-ee-03', pinned: true });
    expect(json?.pairs.some((p) => p.menteeId === 'e-ee-13' && p.mentorId === 'm-ee-01')).toBe(false);
    const running = memoryIo(files);
    expect(await run([...base, '--existing', 'decisions.json', '--out', 'out/x.csv'], running)).toBe(EXIT_CODES.rejected);
    expect(running.errText()).toMatch(/decisions\.json: type: a pins and exclusions file holds no running pairs/);
  });

  it('refuses an output name that says no format, before pairing, unless --format says it', async () => {
    const io = memoryIo(sampleFiles());
    expect(await run([...base, '--out', 'out/pairs.xlsx'], io)).toBe(EXIT_CODES.usage);
    expect(io.errText()).toMatch(/--out out\/pairs\.xlsx: the name must end in \.csv, \.json or \.md/);
    expect(io.files.has('/work/out/pairs.xlsx')).toBe(false);
    const chosen = memoryIo(sampleFiles());
    expect(await run([...base, '--out', 'out/pairs.txt', '--format', 'csv'], chosen)).toBe(EXIT_CODES.ok);
    expect(chosen.files.get('/work/out/pairs.txt')).toMatch(/^\uFEFFprogramme,status,menteeId/);
  });

  it('runs the greedy strategy for comparison', async () => {
    const optimal = await runJson(sampleFiles(), base);
    const greedy = await runJson(sampleFiles(), [...base, '--strategy', 'greedy']);
    expect(greedy.json?.runs.map((r) => r.strategy)).toEqual(['greedy', 'greedy']);
    optimal.json?.runs.forEach((r, k) => expect(r.stats.matched).toBeGreaterThanOrEqual(greedy.json?.runs[k]?.stats.matched ?? Infinity));
  });

  it('words reasons in the language asked for', async () => {
    const en = memoryIo(sampleFiles());
    const et = memoryIo(sampleFiles());
    await run(base, en);
    await run([...base, '--lang', 'et'], et);
    expect(et.out.join('')).not.toBe(en.out.join(''));
  });

  it('--lang et words an input problem in Estonian with its detail (the limit), as English gives it', async () => {
    const mentors = JSON.parse(fixture('mentors.json')) as { capacity: { maxMentees: number } }[];
    mentors[0]!.capacity.maxMentees = 0;
    const io = memoryIo({ ...sampleFiles(), 'mentors.json': JSON.stringify(mentors) });
    await run([...base, '--allow-invalid', '--lang', 'et'], io);
    expect(io.out.join('')).toMatch(/\(capacity\.maxMentees\): minimum: peab olema vähemalt 1\n/);
  });

  it('--lang et words the whole Markdown report in Estonian: headings, figures, programme names and reasons', async () => {
    const io = memoryIo(sampleFiles());
    expect(await run([...base, '--lang', 'et'], io)).toBe(EXIT_CODES.ok);
    const md = io.out.join('');
    expect(md).toMatch(/^# Soovitatud mentorpaarid\n/);
    expect(md).toContain('## eTwinningu mentorid 2026 (näidis)');
    expect(md).toContain('| Näitaja | Väärtus |');
    expect(md).toMatch(/\| Keskmine skoor \| \d,\d\d \|/);
    expect(md).toContain('### Mentorite koormus');
    for (const english of ['Suggested', 'Strategy', 'Figure', 'Mean score', 'Matched', 'Unmatched', 'Mentor load', 'Alternatives', 'Everyone has']) {
      expect(md, english).not.toContain(english);
    }
  });

  it('says when no mentee of the files belongs to a programme, instead of "0 of 0 mentees paired"', async () => {
    const mentees = (JSON.parse(fixture('mentees.json')) as { programmeId: string }[]).filter((m) => m.programmeId === 'etwinning-mentors-2026');
    const io = memoryIo({ ...sampleFiles(), 'mentees.json': JSON.stringify(mentees) });
    expect(await run(base, io)).toBe(EXIT_CODES.ok);
    expect(io.errText()).toMatch(/^etwinning-mentors-2026: \d+ of 46 mentees paired/m);
    expect(io.errText()).toMatch(/^career-mentoring-2025-26: no mentee in the files belongs to this programme\.$/m);
    expect(io.errText()).not.toContain('0 of 0');
    const none = memoryIo({ 'mentors.json': fixture('mentors.json'), 'mentees.json': '[]' });
    expect(await run(['pairs', '--mentors', 'mentors.json', '--mentees', 'mentees.json'], none)).toBe(EXIT_CODES.ok);
    expect(none.errText()).toMatch(/: the files have no mentee\.$/m);
  });

  it('stops, whatever --allow-invalid says, when the --programme file holds no usable programme', async () => {
    for (const text of ['{', '{}', '[]']) {
      const io = memoryIo({ ...sampleFiles(), 'programmes.json': text });
      expect(await run([...base, '--allow-invalid', '--out', 'out/pairs.md'], io)).toBe(EXIT_CODES.rejected);
      expect(io.errText()).toMatch(/^--programme programmes\.json: no programme in it can be used, so its rules could not be applied; nothing was paired\./m);
      expect(io.errText()).not.toContain('no --programme file');
      expect(io.errText()).not.toContain('mentees paired');
      expect(io.files.has('/work/out/pairs.md')).toBe(false);
    }
    const broken = memoryIo({ ...sampleFiles(), 'programmes.json': '{}' });
    await run(base, broken);
    expect(broken.errText()).toMatch(/^programmes\.json record 1 \(id\): required/m);
  });

  it('exits 1 naming a file that cannot be read', async () => {
    const io = memoryIo({});
    expect(await run(['pairs', '--mentors', 'nope.csv', '--mentees', 'nope.json'], io)).toBe(EXIT_CODES.rejected);
    expect(io.errText()).toMatch(/^--mentors nope\.csv: cannot read the file \(ENOENT\)/m);
  });
});

import { parseColumnMapping } from '@mentor-finder/matcher';
import { describe, expect, it } from 'vitest';
import { fixture, memoryIo } from '../../test/memory-io.js';
import { loadPeople } from './load-people.js';

const sampleMentors = JSON.parse(fixture('mentors.json')) as { id: string }[];
const sampleMentees = JSON.parse(fixture('mentees.json')) as { id: string }[];
const sample = <T extends { id: string }>(list: T[], id: string) => list.find((x) => x.id === id) as T;

describe('loadPeople', () => {
  it('reads a semicolon CSV with a byte-order mark into records equal to the sample', async () => {
    const io = memoryIo({ 'mentors.csv': fixture('mentors-bom-semicolon.csv') });
    const loaded = await loadPeople(io, 'mentors', 'mentors.csv');
    expect(loaded.issues).toEqual([]);
    expect(loaded.rejected).toBe(0);
    expect(loaded.people.map((m) => m.id)).toEqual(['m-ee-01', 'm-ee-02', 'm-ee-06', 'm-lv-04', 'm-lv-02', 'm-ua-01', 'm-gr-01', 'm-fi-01', 'm-lt-01', 'm-lt-02']);
    for (const mentor of loaded.people) {
      const original = sample(sampleMentors, mentor.id) as unknown as typeof mentor;
      for (const key of ['languages', 'capacity', 'availability', 'bio', 'experience', 'private', 'country', 'displayName'] as const) {
        expect(mentor[key], `${mentor.id} ${key}`).toEqual(original[key]);
      }
    }
  });

  it('reads a comma CSV of mentees', async () => {
    const io = memoryIo({ 'mentees.csv': fixture('mentees-comma.csv') });
    const loaded = await loadPeople(io, 'mentees', 'mentees.csv');
    expect(loaded.rejected).toBe(0);
    const e = loaded.people.find((m) => m.id === 'e-ee-05');
    const original = sample(sampleMentees, 'e-ee-05') as unknown as NonNullable<typeof e>;
    expect(e?.preferences).toEqual(original.preferences);
    expect(e?.goals).toEqual(original.goals);
  });

  it("leaves out a spreadsheet's own columns, with a note, when the headers are field paths", async () => {
    const [header, ...rows] = fixture('mentees-comma.csv').trimEnd().split(/\r?\n/);
    const text = [`Timestamp,${header},Extra note`, ...rows.map((row, i) => `2026-09-0${(i % 9) + 1} 10:00,${row},"call back, maybe"`)].join('\n');
    const io = memoryIo({ 'mentees.csv': text });
    const loaded = await loadPeople(io, 'mentees', 'mentees.csv');
    expect(loaded.issues).toEqual([]);
    expect(loaded.rejected).toBe(0);
    expect(loaded.people).toHaveLength(rows.length);
    expect(loaded.notes).toEqual(['mentees.csv: columns that name no field, ignored: "Timestamp", "Extra note"']);
  });

  it('refuses a CSV that is not UTF-8, rather than pair garbled names', async () => {
    // What Node makes of a Windows-1257 "CSV" read as UTF-8: each Baltic letter becomes U+FFFD.
    const io = memoryIo({ 'mentees.csv': fixture('mentees-comma.csv').replace('Tiina', 'Ti\uFFFDna') });
    const loaded = await loadPeople(io, 'mentees', 'mentees.csv');
    expect(loaded.people).toEqual([]);
    expect(loaded.rejected).toBe(1);
    expect(loaded.issues).toMatchObject([{ file: 'mentees.csv', code: 'csv-not-utf8' }]);
    expect(loaded.issues[0]?.message).toContain('Save it as "CSV UTF-8"');
  });

  it('names the row of the first record with a repeated id', async () => {
    const lines = fixture('mentees-comma.csv').trimEnd().split(/\r?\n/);
    const io = memoryIo({ 'mentees.csv': [...lines, lines[2]].join('\n') });
    const loaded = await loadPeople(io, 'mentees', 'mentees.csv');
    const repeated = loaded.issues.find((issue) => issue.code === 'duplicate-id');
    expect(repeated).toMatchObject({ row: lines.length + 1 });
    expect(repeated?.message).toMatch(/is already used by the record at row 3$/);
  });

  it('reads a registration form export through a mapping file', async () => {
    const mapping = parseColumnMapping(JSON.parse(fixture('mentees-form-map.json')));
    if (!mapping.ok) throw new Error(mapping.errors.join('\n'));
    const io = memoryIo({ 'form.csv': fixture('mentees-form.csv') });
    const loaded = await loadPeople(io, 'mentees', 'form.csv', { mapping: mapping.mapping });
    expect(loaded.issues).toEqual([]);
    expect(loaded.notes).toEqual([]);
    expect(loaded.people).toHaveLength(6);
    for (const mentee of loaded.people) {
      const original = sample(sampleMentees, mentee.id) as unknown as typeof mentee;
      expect(mentee.languages).toEqual(original.languages);
      expect(mentee.role).toBe(original.role);
      expect(mentee.goals).toEqual(original.goals);
      expect(mentee.preferences.meetingModes).toEqual(original.preferences.meetingModes);
      expect(mentee.availability.weekly).toEqual(original.availability.weekly);
      expect(mentee.private.submittedAt).toBe(original.private.submittedAt);
    }
  });

  it('reports bad rows by spreadsheet row, column and field, and keeps the good ones', async () => {
    const io = memoryIo({ 'broken.csv': fixture('mentees-broken.csv') });
    const loaded = await loadPeople(io, 'mentees', 'broken.csv');
    expect(loaded.people.map((m) => m.id)).toEqual(['e-ee-01', 'e-ee-05', 'e-lt-01', 'e-fi-01', 'e-ua-01']);
    expect(loaded.rejected).toBe(4);
    const at = (row: number) => loaded.issues.filter((i) => i.row === row);
    expect(at(3)).toEqual([expect.objectContaining({ column: 'languages', field: 'languages', code: 'language' })]);
    expect(at(5)[0]).toMatchObject({ column: 'country', field: 'country', recordId: 'e-ee-12' });
    expect(at(7)[0]).toMatchObject({ column: 'goals.text', field: 'goals.text' });
    expect(at(10)[0]).toMatchObject({ code: 'csv-column-count' });
    expect(loaded.issues.every((i) => i.file === 'broken.csv')).toBe(true);
  });

  it('reports JSON records by position and id', async () => {
    const records = [sample(sampleMentees, 'e-ee-01'), { ...sample(sampleMentees, 'e-ee-02'), country: 'Estonia' }];
    const io = memoryIo({ 'mentees.json': JSON.stringify(records) });
    const loaded = await loadPeople(io, 'mentees', 'mentees.json');
    expect(loaded.people).toHaveLength(1);
    expect(loaded.issues[0]).toMatchObject({ index: 1, recordId: 'e-ee-02', field: 'country' });
  });

  it('reports unreadable files and JSON that is not a list, without throwing', async () => {
    const io = memoryIo({ 'obj.json': '{"mentors": 3}', 'bad.json': '[{' });
    expect((await loadPeople(io, 'mentors', 'missing.csv')).issues[0]).toMatchObject({ file: 'missing.csv', code: 'unreadable' });
    expect((await loadPeople(io, 'mentors', 'obj.json')).issues[0]).toMatchObject({ code: 'type' });
    expect((await loadPeople(io, 'mentors', 'bad.json')).issues[0]).toMatchObject({ code: 'json' });
  });

  it('says at which line and column a JSON file stops being JSON, not at which byte offset', async () => {
    const io = memoryIo({ 'mentors.json': '[\n  {"id": "m-1"}\n  {"id": "m-2"}\n]' });
    const [issue] = (await loadPeople(io, 'mentors', 'mentors.json')).issues;
    expect(issue?.message).toMatch(/^not valid JSON at line 3, column 3: \S/);
    expect(issue?.message).not.toMatch(/position/);
  });

  it('fills the programme id where a record has none', async () => {
    const csv = fixture('mentees-comma.csv').replace(/,etwinning-mentors-2026,/g, ',,');
    const io = memoryIo({ 'm.csv': csv });
    const loaded = await loadPeople(io, 'mentees', 'm.csv', { programmeId: 'etwinning-mentors-2026' });
    expect(loaded.rejected).toBe(0);
    expect(new Set(loaded.people.map((m) => m.programmeId))).toEqual(new Set(['etwinning-mentors-2026']));
  });
});

import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv/parse-csv.js';
import { defaultColumnMapping } from './default-column-mapping.js';
import { parseColumnMapping } from './parse-column-mapping.js';
import { rowsToRecords } from './rows-to-records.js';

describe('rowsToRecords', () => {
  it('builds nested records from dotted headers', () => {
    const csv = parseCsv('id,languages,capacity.maxMentees,bio.en,eligibility.certificates.0.name\nm-a,et:native;en:C1,2,Hello,KUTSE\n');
    const { records, sources } = rowsToRecords(csv.headers, csv.rows, defaultColumnMapping(csv.headers));
    expect(records[0]).toEqual({
      id: 'm-a',
      languages: [
        { code: 'et', level: 'native' },
        { code: 'en', level: 'C1' },
      ],
      capacity: { maxMentees: 2 },
      bio: { en: 'Hello' },
      eligibility: { certificates: [{ name: 'KUTSE' }] },
    });
    expect(sources[0]).toMatchObject({ row: 2, failed: [] });
    expect(sources[0]?.columns['capacity.maxMentees']).toBe('capacity.maxMentees');
  });

  it('applies a form mapping, fills defaults, and reports ignored and missing columns', () => {
    const mapping = parseColumnMapping({
      'Your name': 'displayName',
      'How many mentees?': 'capacity.maxMentees',
      'Phone': 'private.phone',
      $defaults: { status: 'active', 'capacity.maxMentees': 1 },
    });
    if (!mapping.ok) throw new Error(mapping.errors.join());
    const csv = parseCsv('Your name;How many mentees?;Timestamp\nKadri T.;;2025-09-03\nJonas P.;3;2025-09-04\n');
    const result = rowsToRecords(csv.headers, csv.rows, mapping.mapping);
    expect(result.records).toEqual([
      { displayName: 'Kadri T.', status: 'active', capacity: { maxMentees: 1 } },
      { displayName: 'Jonas P.', capacity: { maxMentees: 3 }, status: 'active' },
    ]);
    expect(result.ignoredColumns).toEqual(['Timestamp']);
    expect(result.missingColumns).toEqual(['Phone']);
  });

  it('finds a mapped column written differently in the file: decomposed letters, a no-break space, another case', () => {
    const mapping = parseColumnMapping({ 'Milliseid keeli räägite?': 'languages', 'Riik': 'country', 'Teie nimi': 'displayName' });
    if (!mapping.ok) throw new Error(mapping.errors.join());
    const csv = parseCsv('Milliseid keeli ra\u0308a\u0308gite?,riik,Teie\u00a0nimi,Märkused\net:native,EE,Mari,-\n');
    const { records, ignoredColumns, missingColumns, sources } = rowsToRecords(csv.headers, csv.rows, mapping.mapping);
    expect(records[0]).toEqual({ languages: [{ code: 'et', level: 'native' }], country: 'EE', displayName: 'Mari' });
    expect(ignoredColumns).toEqual(['Märkused']);
    expect(missingColumns).toEqual([]);
    // Problems name the column as the file writes it.
    expect(sources[0]?.columns['country']).toBe('riik');
  });

  it('builds a list from one column per checkbox: unticked boxes leave no gap, an answer mapped to null no item', () => {
    const mapping = parseColumnMapping({
      'Teemad [Partnerid]': { field: 'topics.0', values: { Y: 'partner-finding', N: null } },
      'Teemad [TwinSpace]': { field: 'topics.1', values: { Y: 'twinspace', N: null } },
      'Teemad [Kvaliteedimärk]': { field: 'topics.2', values: { Y: 'national-quality-label', N: null } },
    });
    if (!mapping.ok) throw new Error(mapping.errors.join());
    const csv = parseCsv('Teemad [Partnerid],Teemad [TwinSpace],Teemad [Kvaliteedimärk]\n,Y,Y\nN,Y,\nN,N,N\n');
    const { records, issues } = rowsToRecords(csv.headers, csv.rows, mapping.mapping);
    // No box ticked: no list, which validation then names where topics are required.
    expect(records.map((r) => r['topics'])).toEqual([['twinspace', 'national-quality-label'], ['twinspace'], undefined]);
    expect(issues).toEqual([]);
  });

  it('names the column an item came from after its list closed up', () => {
    const mapping = parseColumnMapping({ L1: 'languages.0.code', V1: 'languages.0.level', L2: 'languages.1.code', V2: 'languages.1.level' });
    if (!mapping.ok) throw new Error(mapping.errors.join());
    const csv = parseCsv('L1,V1,L2,V2\n,,xx,B2\n');
    const { records, sources } = rowsToRecords(csv.headers, csv.rows, mapping.mapping);
    expect(records[0]).toEqual({ languages: [{ code: 'xx', level: 'B2' }] });
    expect(sources[0]?.columns).toMatchObject({ 'languages.0.code': 'L2', 'languages.0.level': 'V2' });
  });

  it('fills nested defaults leaf by leaf, never over a column', () => {
    const mapping = parseColumnMapping({ Weekly: 'availability.weekly', From: 'availability.from', $defaults: { availability: { from: '2026-01-05', to: '2026-06-12' } } });
    if (!mapping.ok) throw new Error(mapping.errors.join());
    const csv = parseCsv('Weekly,From\ntue 15:00-16:00,2026-02-01\n');
    expect(rowsToRecords(csv.headers, csv.rows, mapping.mapping).records[0]).toEqual({
      availability: { weekly: [{ day: 'tue', start: '15:00', end: '16:00' }], from: '2026-02-01', to: '2026-06-12' },
    });
  });

  it('reports cells that do not convert by row, column and field, and leaves the field out', () => {
    const csv = parseCsv('id,capacity.maxMentees\nm-a,two\nm-b,2\n');
    const result = rowsToRecords(csv.headers, csv.rows, defaultColumnMapping(csv.headers));
    expect(result.issues).toEqual([{ row: 2, column: 'capacity.maxMentees', field: 'capacity.maxMentees', code: 'integer', message: '"two" is not a whole number (answers such as "one" become numbers through "values" in the column mapping).', value: 'two' }]);
    expect(result.records[0]).toEqual({ id: 'm-a' });
    expect(result.sources[0]?.failed).toEqual(['capacity.maxMentees']);
  });

  it('ignores paths that would reach object prototypes', () => {
    const csv = parseCsv('__proto__.polluted,id\nyes,m-a\n');
    const { records } = rowsToRecords(csv.headers, csv.rows, defaultColumnMapping(csv.headers));
    expect(records[0]).toEqual({ id: 'm-a' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

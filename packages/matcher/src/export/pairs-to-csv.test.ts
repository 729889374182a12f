import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv/parse-csv.js';
import { pairsToCsv } from './pairs-to-csv.js';
import { sampleReport } from './test/sample-report.js';

describe('pairsToCsv', () => {
  it('writes a row per pair then per unmatched mentee', () => {
    const parsed = parseCsv(pairsToCsv(sampleReport()));
    expect(parsed.headers).toEqual(['programme', 'status', 'menteeId', 'mentee', 'mentorId', 'mentor', 'score', 'reasons', 'warnings', 'alternatives']);
    const rows = parsed.rows.map((r) => r.cells);
    expect(rows.map((r) => [r['status'], r['menteeId'], r['mentorId'], r['score']])).toEqual([
      ['suggested', 'e-1', 'm-1', '0.825'],
      ['pinned', 'e-2', 'm-2', '0'],
      ['unmatched', 'e-3', '', ''],
    ]);
    expect(rows[0]?.['alternatives']).toBe('m-2 (0.50)');
    expect(rows[1]?.['warnings']).not.toBe('');
    expect(rows[2]?.['reasons']).toMatch(/^No mentor speaks any of the mentee's languages \(Portuguese\)\. \| 2 mentors share no language with the mentee at a usable level/);
  });

  it('uses a decimal comma with semicolons and defuses formula-like names', () => {
    const text = pairsToCsv(sampleReport({ e1: '@cmd' }), ';');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text).rows.map((r) => r.cells);
    expect(rows[0]?.['score']).toBe('0,825');
    expect(rows[0]?.['alternatives'], 'the alternatives\' scores too').toBe('m-2 (0,50)');
    expect(rows[0]?.['mentee']).toBe("'@cmd");
  });
});

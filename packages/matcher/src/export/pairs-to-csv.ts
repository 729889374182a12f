import type { CsvDelimiter } from '../csv/detect-delimiter.js';
import { writeCsv, type CsvCell } from '../csv/write-csv.js';
import type { Reason } from '../model/index.js';
import { formatReason } from '../reasons/index.js';
import { displayNameOf, type PairsReport } from './pairs-report.js';

export const PAIRS_CSV_HEADER = [
  'programme',
  'status',
  'menteeId',
  'mentee',
  'mentorId',
  'mentor',
  'score',
  'reasons',
  'warnings',
  'alternatives',
] as const;

/**
 * One row per pair, then one per unmatched mentee. With `;` as delimiter, scores (the alternatives'
 * too) use a decimal comma, as spreadsheets in comma-decimal locales expect.
 */
export function pairsToCsv(report: PairsReport, delimiter: CsvDelimiter = ','): string {
  const { locale } = report;
  const decimal = delimiter === ';' ? ',' : '.';
  // With a decimal comma the alternatives are listed with semicolons, so "0,64" stays one number.
  const score = (value: number) => value.toFixed(2).replace('.', decimal);
  const words = (reasons: readonly Reason[] | undefined) => (reasons ?? []).map((r) => formatReason(r, locale)).join(' | ');
  const rows: CsvCell[][] = [[...PAIRS_CSV_HEADER]];
  for (const run of report.runs) {
    const programme = run.programme?.id ?? '';
    const { suggestion } = run;
    const alternatives = (menteeId: string) =>
      (suggestion.alternatives[menteeId] ?? []).map((a) => `${a.mentorId} (${score(a.score)})`).join(decimal === ',' ? '; ' : ', ');
    for (const p of suggestion.pairs) {
      rows.push([
        programme,
        p.pinned ? 'pinned' : 'suggested',
        p.menteeId,
        displayNameOf(report.mentees, p.menteeId),
        p.mentorId,
        displayNameOf(report.mentors, p.mentorId),
        Math.round(p.score * 1000) / 1000,
        words(p.reasons),
        words(p.warnings),
        alternatives(p.menteeId),
      ]);
    }
    for (const u of suggestion.unmatched) {
      rows.push([programme, 'unmatched', u.menteeId, displayNameOf(report.mentees, u.menteeId), '', '', null, words(u.reasons), '', alternatives(u.menteeId)]);
    }
  }
  return writeCsv(rows, { delimiter, decimal });
}

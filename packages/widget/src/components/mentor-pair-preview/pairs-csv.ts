import { pairsToCsv, spreadsheetDelimiter, type Mentee, type Mentor, type Programme, type Suggestion } from '@mentor-finder/matcher';
import type { DelimiterName } from '../../pair-preview-translations/pair-preview-translation.js';

export const DELIMITERS: Readonly<Record<DelimiterName, ',' | ';' | '\t'>> = Object.freeze({ comma: ',', semicolon: ';', tab: '\t' });

/** The delimiter a spreadsheet in `locale` opens CSV with: a semicolon where numbers take a decimal comma. */
export function localDelimiter(locale: string): DelimiterName {
  return spreadsheetDelimiter(locale) === ';' ? 'semicolon' : 'comma';
}

export interface PairsCsvOptions {
  delimiter: ',' | ';' | '\t';
  mentors: ReadonlyMap<string, Mentor>;
  mentees: ReadonlyMap<string, Mentee>;
  programme?: Programme | undefined;
  locale: string;
}

/** Pairs, then unmatched mentees, as the CLI writes them: CSV with a byte order mark for spreadsheets. */
export function writePairsCsv(suggestion: Suggestion, options: PairsCsvOptions): string {
  const run = options.programme ? { programme: options.programme, suggestion } : { suggestion };
  return pairsToCsv({ runs: [run], mentors: options.mentors, mentees: options.mentees, inputIssues: [], locale: options.locale }, options.delimiter);
}

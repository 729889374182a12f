import type { CsvDelimiter } from './detect-delimiter.js';

export type CsvCell = string | number | boolean | null | undefined;

export interface WriteCsvOptions {
  delimiter?: CsvDelimiter;
  /** Decimal separator for numbers; spreadsheets set to a comma-decimal locale expect ','. */
  decimal?: '.' | ',';
  /** A byte-order mark makes spreadsheet programs read the file as UTF-8. */
  bom?: boolean;
}

export const DEFAULT_WRITE_CSV_OPTIONS = Object.freeze({ delimiter: ',' as CsvDelimiter, decimal: '.' as const, bom: true });

/** Spreadsheets run cells that start with these as formulas. */
const FORMULA_START = /^[=+\-@\t\r]/;

function cellText(cell: CsvCell, decimal: '.' | ','): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell).replace('.', decimal) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function quote(text: string, delimiter: string): string {
  const needs = text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim();
  return needs ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV for spreadsheets: CRLF line ends, quoting where needed, formula cells defused with a leading apostrophe. */
export function writeCsv(rows: readonly (readonly CsvCell[])[], options: WriteCsvOptions = {}): string {
  if (!Array.isArray(rows) || !rows.every(Array.isArray)) throw new TypeError('writeCsv: rows must be an array of rows, each an array of cells');
  const { delimiter, decimal, bom } = { ...DEFAULT_WRITE_CSV_OPTIONS, ...options };
  const body = rows.map((row) => row.map((cell) => quote(cellText(cell, decimal), delimiter)).join(delimiter)).join('\r\n');
  return `${bom ? '\uFEFF' : ''}${body}\r\n`;
}

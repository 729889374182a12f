export { CSV_DELIMITERS, detectDelimiter, type CsvDelimiter } from './detect-delimiter.js';
export { parseCsv, type CsvIssue, type CsvRow, type ParseCsvOptions, type ParsedCsv } from './parse-csv.js';
export { DEFAULT_WRITE_CSV_OPTIONS, writeCsv, type CsvCell, type WriteCsvOptions } from './write-csv.js';

export { displayNameOf, programmeName, type PairsReport, type ProgrammeRun } from './pairs-report.js';
export { PAIRS_CSV_HEADER, pairsToCsv } from './pairs-to-csv.js';
export { decimalSign, spreadsheetDelimiter, twoDecimals } from './decimal-sign.js';
export { jsonText } from './json-text.js';
export { pairsToJson } from './pairs-to-json.js';
export { escapeMarkdown, pairsToMarkdown } from './pairs-to-markdown.js';
export { REPORT_TRANSLATIONS, reportTranslation, type InputIssuePlace, type ReportTranslation } from './report-messages/index.js';

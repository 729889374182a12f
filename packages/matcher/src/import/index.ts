export { LANGUAGE_FORMATS, type ColumnMapping, type ColumnSpec, type LanguageFormat, type MappingResult } from './column-mapping.js';
export { parseColumnMapping } from './parse-column-mapping.js';
export { defaultColumnMapping } from './default-column-mapping.js';
export { CELL_TYPES, FIELD_TYPES, fieldType, type CellType } from './field-types.js';
export { convertCell, type CellResult } from './convert-cell.js';
export { rowsToRecords, type CellIssue, type ConvertedRows, type RecordSource } from './rows-to-records.js';
export { hasPath, pathSegments, setPath } from './set-path.js';
export { formatInputIssue, type InputIssue } from './input-issue.js';
export { ISSUE_MESSAGES, issueMessage, type IssueMessages, type IssueParams } from './issue-messages/index.js';

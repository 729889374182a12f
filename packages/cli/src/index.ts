export { run } from './run.js';
export { CLI_VERSION } from './version.js';
export { nodeIo, type NodeIoOptions } from './main.js';
export type { CliIo } from './cli/cli-io.js';
export type { Command, OptionSpec, OptionValues } from './cli/command.js';
export { EXIT_CODES, type ExitCode } from './cli/exit-codes.js';
export { runCommands, BIN_NAME } from './cli/run.js';
export { COMMANDS, pairsCommand, OUTPUT_FORMATS, type OutputFormat } from './commands/index.js';
// The import rules live in the matcher, shared with the browser; re-exported for existing callers.
export {
  parseCsv,
  detectDelimiter,
  CSV_DELIMITERS,
  writeCsv,
  DEFAULT_WRITE_CSV_OPTIONS,
  parseColumnMapping,
  defaultColumnMapping,
  convertCell,
  CELL_TYPES,
  FIELD_TYPES,
  rowsToRecords,
  formatInputIssue,
  type CsvDelimiter,
  type CsvRow,
  type CsvIssue,
  type ParsedCsv,
  type CsvCell,
  type WriteCsvOptions,
  type ColumnMapping,
  type ColumnSpec,
  type CellType,
  type InputIssue,
} from '@mentor-finder/matcher';

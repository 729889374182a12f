import {
  defaultColumnMapping,
  fieldsMissingEverywhere,
  hasPath,
  parseCsv,
  rowsToRecords,
  setPath,
  validateMentees,
  validateMentors,
  type ColumnMapping,
  type CsvDelimiter,
  type InputIssue,
  type Mentee,
  type Mentor,
  type RecordSource,
  type ValidationError,
} from '@mentor-finder/matcher';
import type { CliIo } from '../cli/cli-io.js';
import { inputKind, parseJson, readText } from './read-input.js';

export const PEOPLE_KINDS = ['mentors', 'mentees'] as const;
export type PeopleKind = (typeof PEOPLE_KINDS)[number];

export interface LoadPeopleOptions {
  mapping?: ColumnMapping;
  delimiter?: CsvDelimiter;
  /** Filled in where a record has no programmeId. */
  programmeId?: string;
}

export interface LoadedPeople<T> {
  people: T[];
  /** Records read (valid or not). */
  read: number;
  rejected: number;
  issues: InputIssue[];
  notes: string[];
  /** The delimiter a CSV file was read with (given, named by its sep= line, or detected). */
  delimiter?: CsvDelimiter;
}

interface Records {
  records: Record<string, unknown>[];
  /** Per record: where it came from in a CSV file; absent for JSON. */
  sources: (RecordSource | undefined)[];
  issues: InputIssue[];
  notes: string[];
  /** Records that already failed to convert. */
  failed: Set<number>;
  /** CSV columns the mapping left out. */
  ignoredColumns?: string[];
  delimiter?: CsvDelimiter;
}

function fromJson(file: string, kind: PeopleKind, text: string): Records | InputIssue {
  const parsed = parseJson(text);
  if (!parsed.ok) return { file, code: 'json', message: parsed.message };
  const value = parsed.value as Record<string, unknown> | unknown[];
  const list = Array.isArray(value) ? value : Array.isArray(value?.[kind]) ? (value[kind] as unknown[]) : null;
  if (!list) return { file, code: 'type', message: `expected a JSON array of ${kind} (or an object with a "${kind}" array)` };
  return { records: list as Record<string, unknown>[], sources: list.map(() => undefined), issues: [], notes: [], failed: new Set() };
}

function fromCsv(file: string, text: string, options: LoadPeopleOptions): Records | InputIssue {
  const csv = parseCsv(text, options.delimiter ? { delimiter: options.delimiter } : {});
  // Names and goals read from another encoding come out garbled and would be paired as such.
  const encoding = csv.issues.find((i) => i.code === 'csv-not-utf8');
  if (encoding) return { file, row: encoding.row, code: encoding.code, message: encoding.message };
  const mapping = options.mapping ?? defaultColumnMapping(csv.headers);
  const converted = rowsToRecords(csv.headers, csv.rows, mapping);
  // A repeated header matters only for a column the run reads: which of the two would it take?
  const unused = new Set(converted.ignoredColumns);
  const harmless = (issue: (typeof csv.issues)[number]) => issue.code === 'csv-duplicate-header' && unused.has(String(issue.params?.['column']));
  const issues: InputIssue[] = csv.issues.filter((i) => !harmless(i)).map((i) => ({ file, row: i.row, code: i.code, message: i.message, ...(i.params ? { params: i.params } : {}) }));
  const failed = new Set<number>();
  for (const cell of converted.issues) {
    issues.push({ file, row: cell.row, column: cell.column, field: cell.field, code: cell.code, message: cell.message });
    failed.add(converted.sources.findIndex((s) => s.row === cell.row));
  }
  const notes = [
    ...(converted.ignoredColumns.length > 0 ? [`${file}: ${options.mapping ? 'columns not in the mapping' : 'columns that name no field'}, ignored: ${[...unused].map((c) => `"${c}"`).join(', ')}`] : []),
    ...(converted.missingColumns.length > 0 ? [`${file}: mapped columns missing from the file: ${converted.missingColumns.map((c) => `"${c}"`).join(', ')}`] : []),
  ];
  return {
    records: converted.records,
    sources: converted.sources,
    issues,
    notes,
    failed,
    delimiter: csv.delimiter,
    ...(options.mapping ? { ignoredColumns: converted.ignoredColumns } : {}),
  };
}

/** `/3/languages/0/code` → `languages.0.code` (the list index dropped); a missing property is appended. */
function fieldPath(error: ValidationError): string {
  const segments = error.path.split('/').slice(2).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.code === 'required' && error.field && segments[segments.length - 1] !== error.field) segments.push(error.field);
  return segments.join('.');
}

/** The column a field came from: the mapped field that is the longest prefix of the path. */
function columnOf(source: RecordSource | undefined, field: string): string | undefined {
  if (!source) return undefined;
  let best: string | undefined;
  for (const mapped of Object.keys(source.columns)) {
    if ((field === mapped || field.startsWith(`${mapped}.`)) && (best === undefined || mapped.length > best.length)) best = mapped;
  }
  return best === undefined ? undefined : source.columns[best];
}

function toIssue(file: string, error: ValidationError, index: number, source: RecordSource | undefined): InputIssue {
  const field = fieldPath(error);
  const column = columnOf(source, field);
  return {
    file,
    ...(source ? { row: source.row } : { index }),
    ...(error.recordId ? { recordId: error.recordId } : {}),
    ...(column ? { column } : {}),
    ...(field ? { field } : {}),
    code: error.code,
    ...(error.params ? { params: error.params } : {}),
    message: error.message,
  };
}

/** A repeated id in a CSV names the spreadsheet row of the record that has it first, not its position. */
function rowOfFirst(error: ValidationError, validated: number[], sources: (RecordSource | undefined)[]): ValidationError {
  const first = error.code === 'duplicate-id' ? Number(error.params?.['firstIndex']) : Number.NaN;
  const row = Number.isInteger(first) ? sources[validated[first] ?? -1]?.row : undefined;
  return row === undefined ? error : { ...error, message: error.message.replace(/at index \d+$/, `at row ${row}`) };
}

const VALIDATORS = { mentors: validateMentors, mentees: validateMentees } as const;

/**
 * Reads mentors or mentees from CSV or JSON, converts rows with the column mapping and validates them.
 * Bad rows are reported by row (CSV) or position (JSON) and field; the valid ones are returned.
 */
export async function loadPeople<K extends PeopleKind>(
  io: CliIo,
  kind: K,
  file: string,
  options: LoadPeopleOptions = {},
): Promise<LoadedPeople<K extends 'mentors' ? Mentor : Mentee>> {
  type T = K extends 'mentors' ? Mentor : Mentee;
  const read = await readText(io, file);
  if (!read.ok) return { people: [], read: 0, rejected: 1, issues: [{ file, code: 'unreadable', message: read.message }], notes: [] };
  const loaded = inputKind(file) === 'json' ? fromJson(file, kind, read.text) : fromCsv(file, read.text, options);
  if (!('records' in loaded)) return { people: [], read: 0, rejected: 1, issues: [loaded], notes: [] };
  const { records, sources, failed } = loaded;
  if (options.programmeId) {
    for (const record of records) if (record && typeof record === 'object' && !hasPath(record, 'programmeId')) setPath(record, 'programmeId', options.programmeId);
  }
  const validate = VALIDATORS[kind] as (input: unknown) => { valid: T[]; errors: ValidationError[] };
  const good = records.map((_, i) => i).filter((i) => !failed.has(i));
  const bad = records.map((_, i) => i).filter((i) => failed.has(i));
  const okResult = validate(good.map((i) => records[i]));
  const badResult = bad.length > 0 ? validate(bad.map((i) => records[i])) : { valid: [], errors: [] };
  const issues = [...loaded.issues];
  const place = (list: number[], error: ValidationError) => list[error.index ?? Number(error.path.split('/')[1])] ?? -1;
  // A field no record has is one problem (a missing column), not one per row; one whose cells could
  // not be converted has its column, and each row says why.
  const unread = new Set(sources.flatMap((source) => source?.failed ?? []));
  const missing = fieldsMissingEverywhere(
    [...okResult.errors.map((error) => ({ ...error, index: place(good, error) })), ...badResult.errors.map((error) => ({ ...error, index: place(bad, error) }))],
    records.length,
    unread,
  ).fields;
  const everywhere = (issue: InputIssue) => issue.code === 'required' && missing.includes(issue.field ?? '');
  for (const error of okResult.errors) {
    const i = place(good, error);
    const issue = toIssue(file, rowOfFirst(error, good, sources), i, sources[i]);
    if (!everywhere(issue)) issues.push(issue);
  }
  for (const error of badResult.errors) {
    const i = place(bad, error);
    const issue = toIssue(file, error, i, sources[i]);
    const skip = everywhere(issue) || sources[i]?.failed.some((f) => issue.field === f || issue.field?.startsWith(`${f}.`));
    if (!skip) issues.push(issue);
  }
  issues.sort((a, b) => (a.row ?? a.index ?? 0) - (b.row ?? b.index ?? 0));
  const csv = inputKind(file) !== 'json';
  const mapOption = `--${kind === 'mentors' ? 'mentor' : 'mentee'}-map or --map`;
  const fix = (field: string) => {
    if (!csv) return 'add it to the records';
    // A mapping names every column it takes, even one already named after its field.
    if (loaded.ignoredColumns?.includes(field)) return `the file has a column "${field}", but the mapping given with ${mapOption} leaves it out: add "${field}": "${field}" to it`;
    return `add a column "${field}", or map a column to it with ${mapOption}`;
  };
  issues.unshift(...missing.map((field) => ({ file, field, code: 'missing-everywhere', message: `no ${kind === 'mentors' ? 'mentor' : 'mentee'} has this required field; ${fix(field)}` })));
  const csvRejected = new Set(issues.filter((i) => i.row !== undefined && !sources.some((s) => s?.row === i.row)).map((i) => i.row)).size;
  return {
    people: okResult.valid,
    read: records.length,
    rejected: records.length - okResult.valid.length + csvRejected,
    issues,
    notes: loaded.notes,
    ...(loaded.delimiter ? { delimiter: loaded.delimiter } : {}),
  };
}

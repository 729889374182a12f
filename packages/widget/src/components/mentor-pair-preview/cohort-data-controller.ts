import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fieldsMissingEverywhere, validateMentees, validateMentors, validateProgramme, type Mentee, type Mentor, type Programme } from '@mentor-finder/matcher';
import type { LoadStatus } from '../../controllers/load-status.js';
import type { DataSource } from '../../pair-preview-translations/pair-preview-translation.js';
import { readCsvRecords } from './read-csv-records.js';
import { parseJsonInput } from './parse-json-input.js';
import { looksLikeCsv, readJsonText, type ReadRecords } from './read-records.js';
import { inputIssue, issuesFromValidation, type RowIssue } from './row-issue.js';

export type CohortSource = Extract<DataSource, 'mentors' | 'mentees' | 'programmes'>;
export const COHORT_SOURCES: readonly CohortSource[] = ['mentors', 'mentees', 'programmes'];

export interface SourceState<T> {
  status: LoadStatus;
  records: readonly T[];
  issues: readonly RowIssue[];
  /** Why a load failed (HTTP status or network error). */
  cause: string;
}

interface Records {
  mentors: Mentor;
  mentees: Mentee;
  programmes: Programme;
}

/** What the host was given: records directly, or the URL of each source. */
export interface CohortInputs {
  mentors: unknown;
  mentees: unknown;
  programme: unknown;
  mentorsSrc: string;
  menteesSrc: string;
  programmeSrc: string;
}

const INPUTS = [
  ['mentors', 'mentors', 'mentorsSrc'],
  ['mentees', 'mentees', 'menteesSrc'],
  ['programmes', 'programme', 'programmeSrc'],
] as const;

export interface CohortDataOptions {
  /** Called when a source ends in an error or with skipped records. */
  onIssues: (source: CohortSource, state: SourceState<unknown>) => void;
  /** Reads a CSV file into records (the pair preview's worker); by default on the main thread. */
  readCsv?: (source: CohortSource, text: string, mapping: unknown) => Promise<ReadRecords>;
}

const EMPTY: SourceState<never> = Object.freeze({ status: 'initial', records: Object.freeze([]), issues: Object.freeze([]), cause: '' });

function validateProgrammes(value: unknown): { valid: Programme[]; issues: RowIssue[] } {
  const list = Array.isArray(value) ? value : [value];
  const valid: Programme[] = [];
  const issues: RowIssue[] = [];
  list.forEach((item, index) => {
    const result = validateProgramme(item);
    if (result.ok && result.value) valid.push(result.value);
    const id = typeof (item as { id?: unknown })?.id === 'string' ? (item as { id: string }).id : undefined;
    const errors = result.errors.map((error) => ({ ...error, index, ...(id ? { recordId: id } : {}) }));
    issues.push(...issuesFromValidation('programmes', errors));
  });
  return { valid, issues };
}

/**
 * Mentors, mentees and programmes from URLs, properties or picked files, each validated: invalid
 * records are listed with row and field and left out, the valid ones are kept. CSV text goes through
 * the column mapping (the `mapping` file, or one made from the headers).
 */
export class CohortDataController implements ReactiveController {
  mentors: SourceState<Mentor> = EMPTY;
  mentees: SourceState<Mentee> = EMPTY;
  programmes: SourceState<Programme> = EMPTY;
  /** Column mapping for CSV input; null uses the default mapping from the headers. */
  mapping: unknown = null;
  mappingIssues: readonly RowIssue[] = [];
  private readonly host: ReactiveControllerHost;
  private readonly options: CohortDataOptions;
  private readonly aborts = new Map<CohortSource, AbortController>();
  private readonly texts = new Map<CohortSource, { text: string; name: string }>();

  constructor(host: ReactiveControllerHost, options: CohortDataOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    for (const abort of this.aborts.values()) abort.abort();
    this.aborts.clear();
  }

  /** True while any source is loading. */
  get pending(): boolean {
    return COHORT_SOURCES.some((source) => this[source].status === 'pending');
  }

  /** Mentors and mentees are in and no programme is still loading: a run can start. */
  get ready(): boolean {
    return this.mentors.status === 'complete' && this.mentees.status === 'complete' && this.programmes.status !== 'pending';
  }

  /** Every problem found, in source order. */
  get issues(): RowIssue[] {
    return [...this.mappingIssues, ...this.mentors.issues, ...this.mentees.issues, ...this.programmes.issues];
  }

  /** Takes the records of each input that changed; a changed URL is loaded only while no records are given for its source. */
  follow(inputs: CohortInputs, changed: { has(key: string): boolean }): void {
    for (const [source, records, url] of INPUTS) {
      if (changed.has(records) && inputs[records] !== undefined) this.accept(source, inputs[records]);
      else if (changed.has(url) && inputs[url] && inputs[records] === undefined) void this.load(source, inputs[url]);
    }
  }

  /** Fetches `url` (JSON, or CSV by its extension or content); a newer load of the same source wins. */
  async load(source: CohortSource, url: string): Promise<void> {
    const abort = this.begin(source);
    let text: string;
    try {
      const response = await fetch(url, { signal: abort.signal, credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await response.text();
    } catch (error) {
      if (abort.signal.aborted) return;
      this.set(source, { status: 'error', records: [], issues: [], cause: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (abort.signal.aborted) return;
    this.readText(source, text, url);
  }

  /** Reads a file the coordinator picked. */
  async loadFile(source: CohortSource, file: File): Promise<void> {
    const abort = this.begin(source);
    const text = await file.text();
    if (abort.signal.aborted) return;
    this.readText(source, text, file.name);
  }

  /** Reads a file the coordinator picked for a source, or the column mapping. */
  async pick(source: CohortSource | 'mapping', file: File): Promise<void> {
    if (source === 'mapping') this.setMapping(await file.text());
    else await this.loadFile(source, file);
  }

  /** Validates text from a file or URL: JSON, or CSV through the column mapping. */
  acceptText(source: CohortSource, text: string, name: string): void {
    this.aborts.get(source)?.abort();
    this.readText(source, text, name);
  }

  private readText(source: CohortSource, text: string, name: string): void {
    this.texts.set(source, { text, name });
    if (!looksLikeCsv(text, name)) {
      this.accepted(source, readJsonText(source, text));
      return;
    }
    const abort = this.begin(source);
    const mapping = this.mapping;
    const reading = this.options.readCsv?.(source, text, mapping) ?? Promise.resolve(readCsvRecords(source, text, mapping));
    void reading.then((read) => {
      if (abort.signal.aborted) return;
      // a mapping that came while the file was read applies to it
      if (this.mapping !== mapping) this.readText(source, text, name);
      else this.accepted(source, read);
    });
  }

  private accepted(source: CohortSource, read: ReadRecords): void {
    if (read.value === undefined) {
      this.set(source, { status: 'error', records: [], issues: read.issues, cause: '' });
      return;
    }
    this.validate(source, read.value, read.issues, read.rows);
  }

  /** Validates records given directly (the `mentors`, `mentees` and `programme` properties). */
  accept(source: CohortSource, value: unknown): void {
    this.aborts.get(source)?.abort();
    this.texts.delete(source);
    this.validate(source, value, []);
  }

  /** Sets the column mapping and reads CSV sources again with it. */
  setMapping(text: string): void {
    const parsed = parseJsonInput('mapping', text);
    this.mappingIssues = parsed.ok ? [] : [parsed.issue];
    if (!parsed.ok) {
      this.host.requestUpdate();
      return;
    }
    this.mapping = parsed.value;
    // Sources still loading are read with the new mapping when they arrive.
    for (const [source, { text: sourceText, name }] of this.texts) if (this[source].status !== 'pending') this.readText(source, sourceText, name);
    this.host.requestUpdate();
  }

  private validate(source: CohortSource, value: unknown, readIssues: RowIssue[], rows?: number[]): void {
    let records: readonly unknown[];
    let issues: RowIssue[];
    if (source === 'programmes') {
      const result = validateProgrammes(value);
      records = result.valid;
      issues = result.issues;
    } else {
      const result = source === 'mentors' ? validateMentors(value) : validateMentees(value);
      records = result.valid;
      // A field no record has is one problem (a missing column), not one per row; one with cells that
      // could not be read has its column, and each row says why.
      const unread = new Set(readIssues.filter((issue) => issue.row !== null && issue.row > 1).map((issue) => issue.field));
      const missing = fieldsMissingEverywhere(result.errors, Array.isArray(value) ? value.length : 0, unread);
      issues = [
        ...missing.fields.map((field) => ({ ...inputIssue(source, 'missing-everywhere', `No record has the required field "${field}".`, { field }), field })),
        ...issuesFromValidation(source, missing.rest, rows),
      ];
    }
    const all = [...readIssues, ...issues];
    const status: LoadStatus = records.length === 0 && all.length > 0 ? 'error' : 'complete';
    this.set(source, { status, records, issues: all, cause: '' });
  }

  private begin(source: CohortSource): AbortController {
    this.aborts.get(source)?.abort();
    const abort = new AbortController();
    this.aborts.set(source, abort);
    this.set(source, { ...this[source], status: 'pending', cause: '' }, false);
    return abort;
  }

  private set<K extends CohortSource>(source: K, state: SourceState<unknown>, report = true): void {
    (this as unknown as Record<K, SourceState<Records[K]>>)[source] = state as SourceState<Records[K]>;
    if (report && (state.status === 'error' || state.issues.length > 0)) this.options.onIssues(source, state);
    this.host.requestUpdate();
  }
}

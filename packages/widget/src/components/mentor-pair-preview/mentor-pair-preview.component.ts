import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { jsonText, type PairRef, type Suggestion } from '@mentor-finder/matcher';
import { baseStyles } from '../../styles/base.styles.js';
import { PairPreviewLocalizeController } from '../../pair-preview-translations/pair-preview-localize-controller.js';
import type { DelimiterName, PairPreviewTranslation } from '../../pair-preview-translations/pair-preview-translation.js';
import { defineOnce } from '../../utilities/define-once.js';
import type { WorkerSource } from '../../workers/open-module-worker.js';
import { PAIR_WORKER } from '../../workers/pair-worker-url.js';
import { CsvWorkerReader } from './csv-worker-reader.js';
import { CohortDataController } from './cohort-data-controller.js';
import { sourceError } from './source-error.js';
import { findExchange } from './find-exchange.js';
import { chooseRecord, duplicateGroups, type DuplicateGroup } from './duplicate-groups.js';
import { renderDuplicateWarning } from './duplicate-warning.template.js';
import { downloadFile } from './download-file.js';
import type { MentorPairPreviewDownloadDetail, MentorPairPreviewErrorDetail, MentorPairPreviewResultDetail } from './mentor-pair-preview.events.js';
import { mentorPairPreviewStyles } from './mentor-pair-preview.styles.js';
import { constraintsToJson, togglePin, withExclusion, withPins, type PairConstraints } from './pair-constraints.js';
import { PairTableController } from './pair-table-controller.js';
import { RowFocusController, type RowFocus } from './row-focus-controller.js';
import { renderPairsSection } from './pairs-section.template.js';
import { pairsToRecords } from './pairs-to-records.js';
import { writePairsCsv, DELIMITERS, localDelimiter } from './pairs-csv.js';
import type { RowIssue } from './row-issue.js';
import { SolveController } from './solve-controller.js';
import { PairConstraintsController } from './pair-constraints-controller.js';
import { runRequest } from './run-request.js';
import { RunSettingsController } from './run-settings-controller.js';
import { RunOutcomeController } from './run-outcome-controller.js';
import type { RunOutcome } from './run-outcome.js';
import { formatPercent } from '../../utilities/format-percent.js';
import { renderSummary } from './summary.template.js';
import { renderExportSection } from './export-section.template.js';
import { renderLoadSection } from './load-section.template.js';
import { renderConstraintsSection } from './constraints-section.template.js';
import { renderUnmatchedSection } from './unmatched-section.template.js';
import { renderSettingsSection } from './settings-section.template.js';
import { renderProgress } from './progress.template.js';

/** Dispatches outside the class, so the manifest lists only the events named in the JSDoc. */
function fire<T>(target: EventTarget, name: string, detail: T, cancelable: boolean): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}

/**
 * @tagname mentor-pair-preview
 * @summary For coordinators: loads a cohort of mentors and mentees, suggests pairs with reasons,
 * lets them pin, exclude and swap pairs and re-run, and exports the result. Everything stays in the
 * browser; the solving runs in a Web Worker.
 *
 * @event {CustomEvent<MentorPairPreviewResultDetail>} mentor-pair-preview-result - A run finished: the suggestion and what changed since the last run.
 * @event {CustomEvent<MentorPairPreviewErrorDetail>} mentor-pair-preview-error - Data could not be loaded (`load-failed`), had no valid record
 * (`invalid-data`) or had records that were skipped (`invalid-records`), or solving failed (`solve-failed`).
 * @event {CustomEvent<MentorPairPreviewDownloadDetail>} mentor-pair-preview-download - Before a file is downloaded. Cancelable: after
 * `preventDefault()` nothing is downloaded and the host may save `detail.content` itself.
 *
 * @csspart base - The outer wrapper.
 * @csspart section - Each section (cohort, settings, pairs, unmatched, summary, export).
 * @csspart input - Every field, select and slider.
 * @csspart field-error - A field's error: the relationship ending before it starts.
 * @csspart label - Every field label.
 * @csspart button - Every button.
 * @csspart button-primary - The run button.
 * @csspart issues - The list of problems in the loaded data.
 * @csspart progress - The progress indicator shown while solving.
 * @csspart change-summary - The line saying what changed since the last run.
 * @csspart table-scroll - The scrolling wrapper of a table.
 * @csspart table - Every table.
 * @csspart pairs-table - The suggested pairs table.
 * @csspart row - Each pair row; `row-added` and `row-changed` mark rows new or changed since the last run.
 * @csspart sort-button - The sort buttons in the column headers.
 * @csspart reasons - A pair's reasons.
 * @csspart warnings - Warnings of a pinned pair.
 * @csspart duplicate-warning - The warning at the row of a mentee who registered twice, with its keep-record buttons.
 * @csspart keep-record-button - A button that pairs another record of a mentee who registered twice.
 * @csspart pin-button - The pin toggle of a row.
 * @csspart exclude-button - The exclude button of a row.
 * @csspart swap-select - The alternative mentors of a row.
 * @csspart swap-button - The swap button of a row.
 * @csspart change-mark - The "new" or "changed" mark of a row.
 * @csspart pinned-mark - The "pinned" mark of a row.
 * @csspart unmatched - The list of mentees without a mentor.
 * @csspart free-mentors - The list of mentors with places left.
 * @csspart summary - The summary section.
 * @csspart figures - The matched count, mean and lowest score.
 * @csspart histogram - The score histogram table.
 * @csspart histogram-bar - A bar of the histogram.
 * @csspart load - The per-mentor load table's disclosure.
 * @csspart load-table - The per-mentor load table.
 * @csspart show-more - The buttons that add the next rows of a table.
 * @csspart state - The message shown when there is nothing to list.
 *
 * @cssproperty --mf-font-family - Font; inherits the page's font by default.
 * @cssproperty --mf-font-size - Base font size; inherits by default.
 * @cssproperty --mf-line-height - Line height (1.5).
 * @cssproperty --mf-color-text - Text colour.
 * @cssproperty --mf-color-muted - Secondary text colour.
 * @cssproperty --mf-color-background - Background (transparent).
 * @cssproperty --mf-color-surface - Background of sections and table headers.
 * @cssproperty --mf-color-border - Borders of sections, tables and fields.
 * @cssproperty --mf-color-primary - Buttons, links, bars and the progress indicator.
 * @cssproperty --mf-color-on-primary - Text on primary buttons.
 * @cssproperty --mf-color-focus - Focus ring colour.
 * @cssproperty --mf-color-danger - Errors and warnings.
 * @cssproperty --mf-color-success - Free places.
 * @cssproperty --mf-color-highlight - Background of rows new or changed since the last run.
 * @cssproperty --mf-color-warning-surface - Background of the warning about a mentee registered twice.
 * @cssproperty --mf-radius - Corner radius.
 * @cssproperty --mf-spacing - Base spacing.
 * @cssproperty --mf-focus-ring-width - Focus ring width (3px).
 * @cssproperty --mf-color-link - Link colour (the primary colour).
 * @cssproperty --mf-color-button-background - Background of secondary buttons (#fff).
 * @cssproperty --mf-color-input-background - Background of fields (#fff).
 */
export class MentorPairPreview extends LitElement {
  static override styles = [baseStyles, mentorPairPreviewStyles];

  /** Defines the element; defining again is harmless. */
  static define(tag = 'mentor-pair-preview'): void {
    defineOnce(tag, this);
  }

  private readonly localize = new PairPreviewLocalizeController(this);
  private readonly csvReader = new CsvWorkerReader(this, () => this.workerUrl());
  private readonly data = new CohortDataController(this, {
    onIssues: (source, state) => {
      const error = sourceError(source, state);
      if (error) this.emitError(error);
    },
    readCsv: (source, text, mapping) => this.csvReader.read(source, text, mapping),
  });
  private readonly pairs = new PairConstraintsController(this, { onChange: () => this.run() });
  private readonly runs = new RunOutcomeController(this, this.localize);
  private readonly table = new PairTableController(this, { locale: () => this.localize.locale, pageSize: () => this.pageSize });
  private readonly rowFocus = new RowFocusController(this);
  private readonly settings = new RunSettingsController(this, {
    programmes: () => this.data.programmes.records,
    programmeId: () => this.programmeId,
  });
  private readonly solver = new SolveController(this, {
    workerUrl: () => this.workerUrl(),
    onResult: (suggestion) => this.acceptResult(suggestion),
    onError: (message) => this.emitError({ code: 'solve-failed', cause: message }),
  });

  @state() private shownUnmatched = 0;
  @state() private shownFree = 0;
  @state() private loadOpen = false;
  /** Chosen on the page; until then the one spreadsheets in the UI language expect (`csvDelimiter`). */
  @state() private delimiter: DelimiterName | undefined;

  /** URL of the mentors: a JSON array of full mentor records, or CSV. */
  @property({ attribute: 'mentors-src' }) mentorsSrc = '';
  /** URL of the mentees: a JSON array of mentee records, or CSV. */
  @property({ attribute: 'mentees-src' }) menteesSrc = '';
  /** URL of a programme JSON, or of a programmes.json array to pick from. */
  @property({ attribute: 'programme-src' }) programmeSrc = '';
  /** Id of the programme to apply; by default the first one loaded. */
  @property({ attribute: 'programme-id' }) programmeId = '';
  /** URL of the module worker; by default the one the page's build (or the CDN file) brings along. */
  @property({ attribute: 'worker-src' }) workerSrc = '';
  /** Pair rows shown at first and added by "Show more". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;
  /** Hides the file pickers, for a page that gives the cohort itself (properties or the `*-src` URLs). */
  @property({ type: Boolean, attribute: 'no-file-pickers' }) noFilePickers = false;
  /** Mentor records given directly; validated like loaded ones. Takes over from `mentors-src`. */
  @property({ attribute: false }) mentors: unknown;
  /** Mentee records given directly. Takes over from `mentees-src`. */
  @property({ attribute: false }) mentees: unknown;
  /** A programme, or a list to pick from, given directly. Takes over from `programme-src`. */
  @property({ attribute: false }) programme: unknown;
  /** UI language; falls back to the closest `lang`, then `<html lang>`, then English. */
  @property({ reflect: true }) override lang!: string;
  /** Replaces any of the UI strings. */
  @property({ attribute: false }) messages: Partial<PairPreviewTranslation> | undefined;

  private autoRunKey: unknown[] = [];

  private emit<T>(name: string, detail: T, cancelable = false): boolean {
    return fire(this, name, detail, cancelable);
  }

  private emitError(detail: MentorPairPreviewErrorDetail): void {
    console.error(`mentor-pair-preview: ${detail.code}`, detail.source ?? '', detail.cause ?? '', detail.issues ?? '');
    this.emit('mentor-pair-preview-error', detail);
  }

  private acceptResult(suggestion: Suggestion): void {
    const { mentors, mentees, programmes } = this.data;
    const cohort = { mentors: mentors.records, mentees: mentees.records, programmes: programmes.records, programme: this.settings.programme };
    const { changes } = this.runs.accept(suggestion, cohort);
    const detail: MentorPairPreviewResultDetail = { suggestion, changes };
    this.emit('mentor-pair-preview-result', detail);
    void this.rowFocus.restoreAfterRun();
  }

  private changeConstraints(next: PairConstraints, focus?: RowFocus): void {
    this.rowFocus.setAfterRun(focus);
    this.pairs.change(next);
  }

  private download(filename: string, content: string, type: string): void {
    const detail: MentorPairPreviewDownloadDetail = { filename, type, content };
    if (this.emit('mentor-pair-preview-download', detail, true)) downloadFile(this.renderRoot, filename, content, type);
  }

  private fileStem(): string {
    return `pairs-${this.runs.outcome?.programme?.id ?? 'cohort'}`;
  }

  private workerUrl(): WorkerSource {
    return this.workerSrc || PAIR_WORKER;
  }

  private duplicateWarning(outcome: RunOutcome, menteeId: string): TemplateResult | typeof nothing {
    const context = {
      t: this.localize.strings,
      describe: this.runs.describe,
      menteeName: this.runs.menteeName,
      disabled: this.solver.running,
      onKeep: (group: DuplicateGroup, id: string) =>
        this.changeConstraints({ ...this.pairs.current, keep: chooseRecord(this.pairs.current.keep, group, id) }, { menteeId: id, action: 'keep-record' }),
    };
    return renderDuplicateWarning(context, duplicateGroups(outcome.suggestion).get(menteeId));
  }

  /** Pins a mentee to a mentor (replacing the mentee's other pin); pinning the same pair again unpins it. */
  pin(menteeId: string, mentorId: string): void {
    this.changeConstraints(togglePin(this.pairs.current, { menteeId, mentorId }), { menteeId, action: 'pin' });
  }

  /** Never suggests this pair again (drops a pin of it). */
  exclude(menteeId: string, mentorId: string): void {
    const next = withExclusion(this.pairs.current, { menteeId, mentorId });
    if (next !== this.pairs.current) this.changeConstraints(next, { menteeId, action: 'exclude' });
  }

  /** Gives a mentee another mentor, as a pin; a full mentor is exchanged with their pair (both pinned), and the change announced. */
  swap(menteeId: string, mentorId: string): void {
    const exchange = findExchange(this.runs.outcome?.suggestion, menteeId, mentorId);
    const refs: PairRef[] = [{ menteeId, mentorId }, ...(exchange ? [exchange.other] : [])];
    if (exchange) this.runs.sayExchangeWithNextRun(menteeId, mentorId, exchange);
    this.changeConstraints(withPins(this.pairs.current, refs), { menteeId, action: 'swap' });
  }

  /** Takes back the last pin, exclusion, swap, removal or import, and runs again. */
  undo(): void {
    this.pairs.undo();
  }

  /** Reads a pins and exclusions file (as written by the export) and runs again with it. */
  importConstraints(text: string): RowIssue[] {
    const { constraints, issues, applied } = this.pairs.import(text);
    if (issues.length > 0) this.emitError({ code: 'invalid-records', source: 'constraints', issues });
    // Said with the summary of the run the import started, which arrives later.
    if (applied) this.runs.sayWithNextRun(this.localize.strings.constraintsLoaded(constraints.pins.length, constraints.exclusions.length));
    return issues;
  }

  /** The pins and exclusions now in force. */
  get currentConstraints(): PairConstraints {
    return this.pairs.current;
  }

  /** The last run's suggestion, if any. */
  get suggestion(): Suggestion | undefined {
    return this.runs.outcome?.suggestion;
  }

  private get csvDelimiter(): DelimiterName { return this.delimiter ?? localDelimiter(this.localize.locale); }

  /** The last run's pairs as a JSON array of Pair records. */
  exportPairsJson(): string {
    return jsonText(pairsToRecords(this.runs.outcome?.suggestion.pairs ?? []));
  }

  /** The last run's pairs as CSV for spreadsheets (with a byte order mark), by default with the delimiter the page shows. */
  exportPairsCsv(delimiter: DelimiterName = this.csvDelimiter): string {
    const outcome = this.runs.outcome;
    return outcome ? writePairsCsv(outcome.suggestion, { ...outcome, delimiter: DELIMITERS[delimiter], locale: this.localize.locale }) : '';
  }

  /** The pins and exclusions as JSON, to load again later. */
  exportConstraints(): string {
    return constraintsToJson(this.pairs.current, { programmeId: this.settings.programme?.id ?? null });
  }

  /** Solves the cohort again with the current settings, pins and exclusions. */
  run(): void {
    if (!this.data.ready) return;
    const { mentors, mentees } = this.data;
    const { input, options } = runRequest(this.settings.runSettings({ mentors: mentors.records, mentees: mentees.records, constraints: this.pairs.current }));
    this.solver.run(input, options);
  }

  /** Stops a run under way; the previous result stays. */
  cancel(): void {
    this.solver.cancel();
    this.runs.say(this.localize.strings.cancelled);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.data.follow(this, changed);
    // A new cohort runs once by itself; changed settings wait for "Run again".
    const key = [this.data.mentors.records, this.data.mentees.records, this.data.programmes.records];
    if (this.data.ready && key.some((part, i) => part !== this.autoRunKey[i])) {
      this.autoRunKey = key;
      this.run();
    }
  }

  private renderPairs(t: PairPreviewTranslation, outcome: RunOutcome): TemplateResult {
    const rows = this.table.rows(outcome);
    return renderPairsSection({
      t,
      locale: this.localize.locale,
      suggestion: outcome.suggestion,
      changes: outcome.changes,
      rows,
      visible: this.table.visible(rows.length),
      sort: this.table.sort,
      filterText: this.table.filterText,
      canUndo: this.pairs.history.length > 0,
      running: this.solver.running,
      describe: this.runs.describe,
      menteeName: this.runs.menteeName,
      mentorName: this.runs.mentorName,
      duplicateWarning: (id) => this.duplicateWarning(outcome, id),
      onSort: (column) => this.table.sortBy(column),
      onFilter: (text) => this.table.filter(text),
      onPin: (row) => this.pin(row.pair.menteeId, row.pair.mentorId),
      onExclude: (row) => this.exclude(row.pair.menteeId, row.pair.mentorId),
      onSwap: (row, select) => select.value && this.swap(row.pair.menteeId, select.value),
      onUndo: () => this.undo(),
      onShowMore: () => void this.rowFocus.focusRow(this.table.showMore(rows.length)),
    });
  }

  override render(): TemplateResult {
    const t = this.localize.strings;
    const outcome = this.runs.outcome;
    const nothingLoaded = !this.data.pending && this.data.mentors.records.length + this.data.mentees.records.length === 0;
    return html`<div class="base" part="base" role="region" aria-label=${t.regionLabel} lang=${this.localize.locale}>
      <p class="visually-hidden" role="status" id="announce">${this.runs.notice}</p>
      ${renderLoadSection({ t, state: (source) => this.data[source], issues: this.data.issues, onFile: this.noFilePickers ? undefined : (source, file) => void this.data.pick(source, file) })}
      ${renderSettingsSection({ t, locale: this.localize.locale, programmes: this.data.programmes.records, settings: this.settings, ready: this.data.ready, running: this.solver.running, ran: outcome !== undefined, onRun: () => this.run() })}
      ${this.solver.running ? renderProgress(t, this.solver.elapsedSeconds, () => this.cancel()) : nothing}
      <div class="results" aria-busy=${this.solver.running ? 'true' : 'false'}>
        ${this.solver.status === 'error' ? html`<p class="state state--error" role="alert">${t.solveFailed}</p>` : nothing}
        ${outcome
          ? html`${this.renderPairs(t, outcome)}
              ${renderConstraintsSection({
                t,
                constraints: this.pairs.current,
                issues: this.pairs.issues,
                menteeName: this.runs.menteeName,
                mentorName: this.runs.mentorName,
                onChange: (next) => this.changeConstraints(next),
              })}
              ${renderUnmatchedSection({
                t,
                suggestion: outcome.suggestion,
                inProgramme: outcome.programme !== undefined,
                pageSize: this.pageSize,
                shownUnmatched: this.shownUnmatched,
                shownFree: this.shownFree,
                describe: this.runs.describe,
                menteeName: this.runs.menteeName,
                mentorName: this.runs.mentorName,
                duplicateWarning: (id) => this.duplicateWarning(outcome, id),
                onMoreUnmatched: (shown) => (this.shownUnmatched = shown),
                onMoreFree: (shown) => (this.shownFree = shown),
              })}
              ${renderSummary({
                t,
                suggestion: outcome.suggestion,
                percent: (score) => formatPercent(score, this.localize.locale),
                mentorName: this.runs.mentorName,
                loadOpen: this.loadOpen,
                onLoadToggle: (open) => (this.loadOpen = open),
              })}`
          : nothingLoaded
            ? html`<p class="state" part="state">${t.emptyState}</p>`
            : nothing}
      </div>
      ${renderExportSection({
        t,
        delimiter: this.csvDelimiter,
        ran: this.runs.outcome !== undefined,
        onDelimiter: (name) => (this.delimiter = name),
        onConstraintsFile: (file) => void file.text().then((text) => this.importConstraints(text)),
        onExportCsv: () => this.download(`${this.fileStem()}.csv`, this.exportPairsCsv(), 'text/csv;charset=utf-8'),
        onExportJson: () => this.download(`${this.fileStem()}.json`, this.exportPairsJson(), 'application/json'),
        onExportConstraints: () => this.download('pins-and-exclusions.json', this.exportConstraints(), 'application/json'),
      })}
    </div>`;
  }
}

import { html, nothing, type TemplateResult } from 'lit';
import type { DataSource, PairPreviewTranslation } from '../../pair-preview-translations/pair-preview-translation.js';
import type { CohortSource, SourceState } from './cohort-data-controller.js';
import { issueColumn, type RowIssue } from './row-issue.js';

/** More would make the list a wall; the count in the heading says how many there are. */
const MAX_ISSUES_SHOWN = 200;

export interface LoadSectionContext {
  t: PairPreviewTranslation;
  state: (source: CohortSource) => SourceState<unknown>;
  issues: readonly RowIssue[];
  /** Without it the section shows no file pickers: the page gives the cohort. */
  onFile: ((source: CohortSource | 'mapping', file: File) => void) | undefined;
}

function sourceStatus(t: PairPreviewTranslation, source: CohortSource, state: SourceState<unknown>): TemplateResult {
  const text =
    state.status === 'pending' ? t.loading(source)
    : state.status === 'error' && state.cause ? t.loadFailed(source, state.cause)
    : state.status === 'error' ? t.noValidRecords(source)
    : state.status === 'complete' ? `${t.sourceName(source)}: ${t.loadedCount(source, state.records.length)}`
    : `${t.sourceName(source)}: –`;
  return html`<li class=${state.status === 'error' ? 'status status--error' : 'status'} data-source=${source}>${text}</li>`;
}

/** Problems found in loaded data, each where it is (file, row, record, field, column) and what it is. */
export function renderIssues(t: PairPreviewTranslation, issues: readonly RowIssue[], id: string): TemplateResult | typeof nothing {
  if (issues.length === 0) return nothing;
  return html`<div class="issues" part="issues" id=${id}>
    <div role="alert"><h3>${t.issuesHeading(issues.length)}</h3></div>
    <ul>
      ${issues.slice(0, MAX_ISSUES_SHOWN).map(
        (issue) => html`<li data-row=${issue.row ?? ''} data-field=${issue.field}>
          ${t.issueWhere(issue.source, issue.row, issue.recordId, issue.field, issueColumn(issue))}: ${t.validationMessage(issue.code, issue.field, issue.params)}
        </li>`,
      )}
    </ul>
  </div>`;
}

/** A file picker; `onFile` gets the file picked and is not called when the picker was emptied. */
export function renderFileInput<S extends DataSource>(t: PairPreviewTranslation, source: S, accept: string, onFile: (source: S, file: File) => void): TemplateResult {
  const picked = (event: Event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) onFile(source, file);
  };
  return html`<div class="field">
    <label class="label" part="label" for="file-${source}">${t.fileLabel(source)}</label>
    <input class="input" part="input" id="file-${source}" type="file" accept=${accept} aria-describedby="file-hint" @change=${picked} />
  </div>`;
}

/** The cohort's files: what each holds or why it failed, the file pickers and the problems found. */
export function renderLoadSection({ t, state, issues, onFile }: LoadSectionContext): TemplateResult {
  const people = '.json,.csv,application/json,text/csv';
  return html`<section class="section" part="section" aria-labelledby="load-title">
    <h2 id="load-title">${t.loadHeading}</h2>
    <div role="status"><ul class="statuses">${(['mentors', 'mentees', 'programmes'] as const).map((source) => sourceStatus(t, source, state(source)))}</ul></div>
    ${onFile
      ? html`<div class="grid">
            ${renderFileInput(t, 'mentors', people, onFile)}
            ${renderFileInput(t, 'mentees', people, onFile)}
            ${renderFileInput(t, 'programmes', '.json,application/json', onFile)}
            ${renderFileInput(t, 'mapping', '.json,application/json', onFile)}
          </div>`
      : nothing}
    <p class="hint" id="file-hint">${t.fileHint}</p>
    ${renderIssues(t, issues, 'load-issues')}
  </section>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import type { Suggestion } from '@mentor-finder/matcher';
import type { PairPreviewTranslation } from '../../pair-preview-translations/pair-preview-translation.js';
import { formatPercent, formatPercentChange } from '../../utilities/format-percent.js';
import type { DescribeReasons } from './describe-reason.js';
import type { PairChanges } from './diff-pairs.js';
import type { PairRow } from './pair-rows.js';
import { renderPairTable, type PairTableContext } from './pair-table.template.js';
import { runSummary } from './run-outcome.js';

/** The table's sort, its rows' warnings and actions; the section derives the rest of the table's context from the run. */
export interface PairsSectionContext extends Pick<PairTableContext, 'sort' | 'duplicateWarning' | 'onSort' | 'onPin' | 'onExclude' | 'onSwap'> {
  t: PairPreviewTranslation;
  locale: string;
  suggestion: Suggestion;
  /** What the run changed since the one before; null for the first run. */
  changes: PairChanges | null;
  /** The table's rows as sorted and filtered, all of them; the table shows the first `visible`. */
  rows: readonly PairRow[];
  visible: number;
  filterText: string;
  canUndo: boolean;
  running: boolean;
  describe: DescribeReasons;
  menteeName: (id: string) => string;
  mentorName: (id: string) => string;
  onFilter: (text: string) => void;
  onUndo: () => void;
  onShowMore: () => void;
}

function changeSummary(c: PairsSectionContext): TemplateResult {
  const { t, changes } = c;
  return html`<p class="change-summary" part="change-summary">
      ${runSummary(t, c.suggestion, changes)}
    </p>
    ${changes && changes.removed.length > 0
      ? html`<details class="removed">
          <summary>${t.removedHeading(changes.removed.length)}</summary>
          <ul>${changes.removed.map((p) => html`<li>${c.menteeName(p.menteeId)} – ${c.mentorName(p.mentorId)}</li>`)}</ul>
        </details>`
      : nothing}`;
}

/** The rows shown, each marked new or changed since the last run, with its alternatives and scores in the page's language. */
function tableContext(c: PairsSectionContext): PairTableContext {
  const added = new Set(c.changes?.added ?? []);
  const changed = new Set(c.changes?.changed.map((change) => change.menteeId) ?? []);
  return {
    ...c,
    rows: c.rows.slice(0, c.visible),
    percent: (score) => formatPercent(score, c.locale),
    change: (delta) => formatPercentChange(delta, c.locale),
    changeOf: (id) => (added.has(id) ? 'added' : changed.has(id) ? 'changed' : undefined),
    alternatives: (id) => c.suggestion.alternatives[id] ?? [],
    disabled: c.running,
  };
}

/** The suggested pairs: what changed, the filter and undo, the table a page at a time, and the run's issues. */
export function renderPairsSection(c: PairsSectionContext): TemplateResult {
  const { t, suggestion, visible } = c;
  const total = c.rows.length;
  const all = suggestion.pairs.length;
  return html`<section class="section" part="section" aria-labelledby="pairs-title">
    <h2 id="pairs-title" tabindex="-1">${t.pairsHeading(all)}</h2>
    ${changeSummary(c)}
    <div class="toolbar">
      <div class="field">
        <label class="label" part="label" for="filter">${t.filterLabel}</label>
        <input class="input" part="input" id="filter" type="search" autocomplete="off" aria-describedby="filter-hint" .value=${c.filterText}
          @input=${(event: Event) => c.onFilter((event.target as HTMLInputElement).value)} />
        <p class="hint" id="filter-hint">${t.filterHint}</p>
      </div>
      <button class="button" part="button" type="button" id="undo" aria-disabled=${!c.canUndo || c.running ? 'true' : 'false'}
        @click=${() => !c.running && c.onUndo()}>${c.canUndo ? t.undo : t.nothingToUndo}</button>
    </div>
    <p class="hint" role="status" id="filter-count">${c.filterText ? t.filteredCount(total, all) : nothing}</p>
    ${all === 0
      ? html`<p class="state">${t.noPairs}</p>`
      : total === 0
        ? html`<p class="state">${t.noFilterMatch}</p>`
        : html`${renderPairTable(tableContext(c), 'pairs-title')}
          ${visible < total ? html`<button class="button" part="button show-more" type="button" @click=${c.onShowMore}>${t.showMore(visible, total)}</button>` : nothing}`}
    ${suggestion.issues.length > 0
      ? html`<details class="run-issues"><summary>${t.issuesOfRun}</summary>
          <ul>${c.describe(suggestion.issues).map((text) => html`<li>${text}</li>`)}</ul></details>`
      : nothing}
  </section>`;
}

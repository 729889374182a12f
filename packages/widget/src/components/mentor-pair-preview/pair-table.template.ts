import { html, nothing, type TemplateResult } from 'lit';
import type { Alternative, Reason } from '@mentor-finder/matcher';
import type { PairColumn, PairPreviewTranslation } from '../../pair-preview-translations/pair-preview-translation.js';
import type { DescribeReasons } from './describe-reason.js';
import type { PairRow, PairSort } from './pair-rows.js';

export const TOP_REASONS = 3;
const COLUMNS: readonly PairColumn[] = ['mentee', 'mentor', 'score'];

export type RowChange = 'added' | 'changed' | undefined;

/** What the table needs from its element: strings, names, and the row actions. */
export interface PairTableContext {
  t: PairPreviewTranslation;
  rows: readonly PairRow[];
  sort: PairSort;
  percent: (score: number) => string;
  changeOf: (menteeId: string) => RowChange;
  alternatives: (menteeId: string) => readonly Alternative[];
  mentorName: (mentorId: string) => string;
  menteeName: (menteeId: string) => string;
  /** A score change as a signed percentage ("+12%"). */
  change: (delta: number) => string;
  describe: DescribeReasons;
  /** The warning and record choice of a mentee who registered twice. */
  duplicateWarning: (menteeId: string) => TemplateResult | typeof nothing;
  disabled: boolean;
  onSort: (column: PairColumn) => void;
  onPin: (row: PairRow) => void;
  onExclude: (row: PairRow) => void;
  onSwap: (row: PairRow, select: HTMLSelectElement) => void;
}

function reasonsList(reasons: readonly Reason[], describe: DescribeReasons): TemplateResult | typeof nothing {
  const top = describe(reasons.filter((r) => r.effect === 'positive')).slice(0, TOP_REASONS);
  if (top.length === 0) return nothing;
  return html`<ul class="reasons" part="reasons">${top.map((text) => html`<li>${text}</li>`)}</ul>`;
}

function warningsList(warnings: readonly Reason[] | undefined, t: PairPreviewTranslation, describe: DescribeReasons): TemplateResult | typeof nothing {
  if (!warnings || warnings.length === 0) return nothing;
  return html`<ul class="warnings" part="warnings">
    ${describe(warnings).map((text) => html`<li><strong>${t.warningsLabel}:</strong> ${text}</li>`)}
  </ul>`;
}

function optionText(context: PairTableContext, alt: Alternative, score: number): string {
  const name = context.mentorName(alt.mentorId);
  if (!alt.swap) return `${name} (${context.percent(alt.score)})`;
  return context.t.swapOption(name, context.percent(alt.score), context.menteeName(alt.swap.menteeId), context.change(alt.score - score), context.change(alt.swap.change));
}

function header(context: PairTableContext, column: PairColumn): TemplateResult {
  const { t, sort } = context;
  const sorted = sort.column === column;
  return html`<th scope="col" aria-sort=${sorted ? sort.direction : 'none'}>
    <button class="sort" part="sort-button" type="button" data-column=${column} @click=${() => context.onSort(column)}>
      ${t.column(column)}<span class="sort-mark" aria-hidden="true">${sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
    </button>
  </th>`;
}

function actions(context: PairTableContext, row: PairRow): TemplateResult {
  const { t } = context;
  const { pair } = row;
  const who = html`<span class="visually-hidden">: ${row.menteeName} – ${row.mentorName}</span>`;
  const options = context.alternatives(pair.menteeId);
  const selectId = `swap-${pair.menteeId}`;
  // Pin is a toggle: it keeps its name, and aria-pressed (with the pressed look) says whether the pair is pinned.
  return html`<div class="actions">
    <button class="button button--small" part="button pin-button" type="button" data-action="pin" aria-pressed=${pair.pinned ? 'true' : 'false'}
      ?disabled=${context.disabled} @click=${() => context.onPin(row)}>${t.pin}${who}</button>
    <button class="button button--small" part="button exclude-button" type="button" data-action="exclude"
      ?disabled=${context.disabled} @click=${() => context.onExclude(row)}>${t.exclude}${who}</button>
    ${options.length === 0
      ? html`<span class="hint">${t.swapNone}</span>`
      : html`<span class="swap">
          <select class="input input--small" part="input swap-select" id=${selectId} aria-label=${t.swapLabel(row.menteeName)} ?disabled=${context.disabled}>
            ${options.map((alt) => html`<option value=${alt.mentorId}>${optionText(context, alt, pair.score)}</option>`)}
          </select>
          <button class="button button--small" part="button swap-button" type="button" data-action="swap" ?disabled=${context.disabled}
            @click=${(event: Event) => {
              const select = (event.currentTarget as HTMLElement).parentElement?.querySelector('select');
              if (select) context.onSwap(row, select);
            }}>${t.swap}<span class="visually-hidden">: ${row.menteeName}</span></button>
        </span>`}
  </div>`;
}

function tableRow(context: PairTableContext, row: PairRow): TemplateResult {
  const { t } = context;
  const { pair } = row;
  const change = context.changeOf(pair.menteeId);
  return html`<tr part=${change ? `row row-${change}` : 'row'} data-mentee=${pair.menteeId} data-change=${change ?? nothing} class=${pair.pinned ? 'pinned' : ''}>
    <th scope="row">
      <span class="name">${row.menteeName}</span> <span class="id">${pair.menteeId}</span>
      ${change ? html`<span class="mark" part="change-mark">${change === 'added' ? t.markAdded : t.markChanged}</span>` : nothing}
      ${pair.pinned ? html`<span class="mark mark--pinned" part="pinned-mark">${t.pinnedMark}</span>` : nothing}
    </th>
    <td data-label=${t.column('mentor')}><span class="name">${row.mentorName}</span> <span class="id">${pair.mentorId}</span></td>
    <td class="score" data-label=${t.column('score')}>${context.percent(pair.score)}</td>
    <td>${context.duplicateWarning(pair.menteeId)}${reasonsList(pair.reasons, context.describe)}${warningsList(pair.warnings, t, context.describe)}</td>
    <td>${actions(context, row)}</td>
  </tr>`;
}

/** The suggested pairs: sortable headers (aria-sort), one row per pair with pin, exclude and swap. */
export function renderPairTable(context: PairTableContext, labelledBy: string): TemplateResult {
  const { t } = context;
  return html`<div class="table-scroll" part="table-scroll" role="group" aria-labelledby=${labelledBy} tabindex="0">
    <table class="pairs" part="table pairs-table">
      <thead>
        <tr>
          ${COLUMNS.map((column) => header(context, column))}
          <th scope="col">${t.columnReasons}</th>
          <th scope="col">${t.columnActions}</th>
        </tr>
      </thead>
      <tbody>${context.rows.map((row) => tableRow(context, row))}</tbody>
    </table>
  </div>`;
}

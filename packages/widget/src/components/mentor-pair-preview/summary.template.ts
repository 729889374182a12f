import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Suggestion } from '@mentor-finder/matcher';
import type { PairPreviewTranslation } from '../../pair-preview-translations/pair-preview-translation.js';
import { scoreHistogram } from './score-histogram.js';

export interface SummaryContext {
  t: PairPreviewTranslation;
  suggestion: Suggestion;
  percent: (score: number) => string;
  mentorName: (mentorId: string) => string;
  /** The load table is built only while its disclosure is open: a large cohort has a row per mentor. */
  loadOpen: boolean;
  onLoadToggle: (open: boolean) => void;
}

const BAR_WIDTH = 120;

function histogram(context: SummaryContext): TemplateResult {
  const { t, suggestion, percent } = context;
  const bins = scoreHistogram(suggestion.pairs.map((p) => p.score));
  const most = Math.max(1, ...bins.map((b) => b.count));
  // A table is the text alternative; the bars only repeat its counts for sighted readers.
  return html`<table class="histogram" part="table histogram">
    <caption>${t.histogramCaption}</caption>
    <thead><tr><th scope="col">${t.histogramRange}</th><th scope="col">${t.histogramCount}</th><th scope="col"><span class="visually-hidden">${t.histogramCount}</span></th></tr></thead>
    <tbody>
      ${bins.map(
        (bin) => html`<tr>
          <th scope="row">${percent(bin.from)}–${percent(bin.to)}</th>
          <td class="count">${bin.count}</td>
          <td class="bar-cell">
            <svg class="bar" part="histogram-bar" width=${BAR_WIDTH} height="12" viewBox="0 0 ${BAR_WIDTH} 12" aria-hidden="true" focusable="false">
              ${svg`<rect x="0" y="1" height="10" width=${Math.round((bin.count / most) * BAR_WIDTH)}></rect>`}
            </svg>
          </td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

function loadTable(context: SummaryContext): TemplateResult {
  const { t } = context;
  return html`<details class="load" part="load" .open=${context.loadOpen} @toggle=${(e: Event) => context.onLoadToggle((e.target as HTMLDetailsElement).open)}>
    <summary>${t.loadTableCaption}</summary>
    ${context.loadOpen ? loadRows(context) : nothing}
  </details>`;
}

function loadRows(context: SummaryContext): TemplateResult {
  const { t, suggestion, mentorName } = context;
  const columns = ['free', 'existing', 'pinned', 'suggested', 'remaining'] as const;
  const entries = Object.entries(suggestion.stats.load).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return html`<div class="table-scroll" part="table-scroll" role="group" aria-label=${t.loadTableCaption} tabindex="0">
      <table part="table load-table">
        <thead><tr><th scope="col">${t.loadColumn('mentor')}</th>${columns.map((c) => html`<th scope="col">${t.loadColumn(c)}</th>`)}</tr></thead>
        <tbody>
          ${entries.map(
            ([id, load]) => html`<tr><th scope="row">${mentorName(id)} <span class="id">${id}</span></th>${columns.map((c) => html`<td>${load[c]}</td>`)}</tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

/** Matched count, mean and lowest score, the score histogram and each mentor's load. */
export function renderSummary(context: SummaryContext): TemplateResult {
  const { t, suggestion, percent } = context;
  const { stats } = suggestion;
  return html`<section class="summary" part="summary" aria-labelledby="summary-title">
    <h2 id="summary-title">${t.summaryHeading}</h2>
    <dl class="figures" part="figures">
      <div><dt class="visually-hidden">${t.summaryHeading}</dt><dd class="matched">${t.matchedOf(stats.matched, stats.total)}</dd></div>
      <div><dt>${t.meanScore}</dt><dd class="mean">${stats.meanScore === null ? '–' : percent(stats.meanScore)}</dd></div>
      <div><dt>${t.minScore}</dt><dd class="min">${stats.minScore === null ? '–' : percent(stats.minScore)}</dd></div>
    </dl>
    ${suggestion.pairs.length > 0 ? histogram(context) : nothing}
    ${loadTable(context)}
  </section>`;
}

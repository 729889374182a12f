import { html, type TemplateResult } from 'lit';
import type { DelimiterName, PairPreviewTranslation } from '../../pair-preview-translations/pair-preview-translation.js';
import { renderFileInput } from './load-section.template.js';
import { DELIMITERS } from './pairs-csv.js';

export interface ExportSectionContext {
  t: PairPreviewTranslation;
  delimiter: DelimiterName;
  /** Pairs to export: a run has results. */
  ran: boolean;
  onDelimiter: (name: DelimiterName) => void;
  /** A pins and exclusions file was picked. */
  onConstraintsFile: (file: File) => void;
  onExportCsv: () => void;
  onExportJson: () => void;
  onExportConstraints: () => void;
}

/** Downloads of the pairs (CSV with the chosen delimiter, JSON) and of the pins and exclusions, and their import. */
export function renderExportSection(c: ExportSectionContext): TemplateResult {
  const { t } = c;
  return html`<section class="section" part="section" aria-labelledby="export-title">
    <h2 id="export-title">${t.exportHeading}</h2>
    <div class="grid">
      <div class="field">
        <label class="label" part="label" for="delimiter">${t.delimiterLabel}</label>
        <select class="input" part="input" id="delimiter" @change=${(e: Event) => c.onDelimiter((e.target as HTMLSelectElement).value as DelimiterName)}>
          ${(Object.keys(DELIMITERS) as DelimiterName[]).map((name) => html`<option value=${name} ?selected=${name === c.delimiter}>${t.delimiterName(name)}</option>`)}
        </select>
      </div>
      ${renderFileInput(t, 'constraints', '.json,application/json', (_source, file) => c.onConstraintsFile(file))}
    </div>
    <div class="buttons">
      <button class="button" part="button" type="button" id="export-csv" ?disabled=${!c.ran} @click=${c.onExportCsv}>${t.exportCsv}</button>
      <button class="button" part="button" type="button" id="export-json" ?disabled=${!c.ran} @click=${c.onExportJson}>${t.exportJson}</button>
      <button class="button" part="button" type="button" id="export-constraints" @click=${c.onExportConstraints}>${t.exportConstraints}</button>
    </div>
    <p class="hint">${t.exportHint}</p>
  </section>`;
}

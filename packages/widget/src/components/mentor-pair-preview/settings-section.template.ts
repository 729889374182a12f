import { html, nothing, type TemplateResult } from 'lit';
import { SCORE_COMPONENTS, twoDecimals, type Programme } from '@mentor-finder/matcher';
import type { PairPreviewTranslation } from '../../pair-preview-translations/pair-preview-translation.js';
import type { RunSettingsController } from './run-settings-controller.js';

const WEIGHT_STEP = 0.01;

export interface SettingsSectionContext {
  t: PairPreviewTranslation;
  locale: string;
  programmes: readonly Programme[];
  settings: RunSettingsController;
  ready: boolean;
  running: boolean;
  /** A run has results: the button runs again. */
  ran: boolean;
  onRun: () => void;
}

function dateField(reversed: boolean, id: string, label: string, value: string, onChange: (value: string) => void): TemplateResult {
  return html`<div class="field">
    <label class="label" part="label" for=${id}>${label}</label>
    <input class="input" part="input" id=${id} type="date" .value=${value}
      aria-describedby=${reversed ? 'dates-hint dates-error' : 'dates-hint'} aria-invalid=${reversed ? 'true' : 'false'}
      @change=${(e: Event) => onChange((e.target as HTMLInputElement).value)} />
  </div>`;
}

/** The programme whose rules apply, the relationship's dates, the score weights and the run button. */
export function renderSettingsSection(c: SettingsSectionContext): TemplateResult {
  const { t, locale, settings } = c;
  const current = settings.programme?.id ?? '';
  const reversed = settings.reversed;
  const name = (p: Programme) => p.name[locale] ?? p.name['en'] ?? Object.values(p.name)[0] ?? p.id;
  return html`<section class="section" part="section" aria-labelledby="settings-title">
    <h2 id="settings-title">${t.settingsHeading}</h2>
    <div class="grid">
      <div class="field">
        <label class="label" part="label" for="programme">${t.programmeLabel}</label>
        <select class="input" part="input" id="programme" @change=${(e: Event) => settings.pickProgramme((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${current === ''}>${t.noProgramme}</option>
          ${c.programmes.map((p) => html`<option value=${p.id} ?selected=${p.id === current}>${name(p)}</option>`)}
        </select>
      </div>
      ${dateField(reversed, 'relationship-start', t.relationshipStart, settings.start, (value) => settings.setStart(value))}
      ${dateField(reversed, 'relationship-end', t.relationshipEnd, settings.end, (value) => settings.setEnd(value))}
    </div>
    <p class="hint" id="dates-hint">${t.datesHint}</p>
    ${reversed ? html`<p class="field-error" part="field-error" id="dates-error" role="alert">${t.datesReversed}</p>` : nothing}
    <fieldset class="weights">
      <legend class="label">${t.weightsLegend}</legend>
      ${SCORE_COMPONENTS.map(
        (component) => html`<div class="weight">
          <label part="label" for="weight-${component}">${t.weightLabel(component)}</label>
          <input part="input" id="weight-${component}" type="range" min="0" max="1" step=${WEIGHT_STEP} .value=${String(settings.weights[component])}
            @input=${(event: Event) => settings.setWeight(component, Number((event.target as HTMLInputElement).value))} />
          <output for="weight-${component}">${twoDecimals(settings.weights[component], locale)}</output>
        </div>`,
      )}
    </fieldset>
    <div class="buttons">
      <button class="button" part="button" type="button" @click=${() => settings.resetWeights()}>${t.resetWeights}</button>
      <button class="button button--primary" part="button button-primary" type="button" id="run" aria-disabled=${!c.ready || c.running ? 'true' : 'false'}
        @click=${() => !c.running && c.onRun()}>${c.ran ? t.rerun : t.run}</button>
    </div>
  </section>`;
}

import { html, type TemplateResult } from 'lit';
import type { PairPreviewTranslation } from '../../pair-preview-translations/pair-preview-translation.js';

/** While a run is under way: a busy bar with the seconds it has taken, and the button that stops it. */
export function renderProgress(t: PairPreviewTranslation, seconds: number, onCancel: () => void): TemplateResult {
  return html`<div class="progress" part="progress">
    <div class="progress-bar" role="progressbar" aria-label=${t.solving} aria-valuetext=${t.solvingElapsed(seconds)}><span></span></div>
    <p aria-hidden="true">${t.solvingElapsed(seconds)}</p>
    <button class="button" part="button" type="button" id="cancel" @click=${onCancel}>${t.cancel}</button>
  </div>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import type { LoadStatus } from '../../controllers/load-status.js';
import type { Translation } from '../../translations/translation.js';

export const FINDER_VIEWS = ['browse', 'match'] as const;
export type FinderView = (typeof FINDER_VIEWS)[number];

export interface LoadStateContext {
  t: Translation;
  status: LoadStatus;
  previewing: boolean;
  errorCode: 'load-failed' | 'invalid-data' | undefined;
  mentorCount: number;
  /** Offered after a failed load from a URL. */
  onRetry: (() => void) | undefined;
}

/** Loading, error and empty states; undefined when there are mentors to show. */
export function renderLoadState(c: LoadStateContext): TemplateResult | undefined {
  const { t } = c;
  if (c.status === 'initial' || (c.status === 'pending' && !c.previewing)) {
    return html`<p class="state state--loading" part="state" role="status" aria-busy="true">${t.loading}</p>`;
  }
  if (c.status === 'error') {
    const loadFailed = c.errorCode === 'load-failed';
    return html`<div class="state state--error" part="state" role="alert" tabindex="-1">
      <p>${loadFailed ? t.errorLoad : t.errorInvalid}</p>
      ${loadFailed && c.onRetry ? html`<button class="button" part="button" type="button" @click=${c.onRetry}>${t.retryLoad}</button>` : nothing}
    </div>`;
  }
  if (c.mentorCount === 0) return html`<p class="state state--empty" part="state" role="status" tabindex="-1">${t.emptyNoMentors}</p>`;
  return undefined;
}

/** The view switcher: a tab list, arrow keys, Home and End move between the views. */
export function renderTabs(t: Translation, view: FinderView, onSelect: (view: FinderView, focus: boolean) => void): TemplateResult {
  const keydown = (event: KeyboardEvent): void => {
    const current = FINDER_VIEWS.indexOf(view);
    const count = FINDER_VIEWS.length;
    const next =
      event.key === 'ArrowRight' ? (current + 1) % count
      : event.key === 'ArrowLeft' ? (current - 1 + count) % count
      : event.key === 'Home' ? 0
      : event.key === 'End' ? count - 1
      : -1;
    if (next < 0) return;
    event.preventDefault();
    onSelect(FINDER_VIEWS[next] ?? 'browse', true);
  };
  const tab = (id: FinderView, label: string): TemplateResult => html`<button
    class="tab"
    part="tab"
    role="tab"
    type="button"
    id="tab-${id}"
    aria-controls="panel"
    aria-selected=${view === id ? 'true' : 'false'}
    tabindex=${view === id ? '0' : '-1'}
    @click=${() => onSelect(id, false)}
  >${label}</button>`;
  return html`<div class="tabs" part="tabs" role="tablist" aria-label=${t.viewsLabel} @keydown=${keydown}>
    ${tab('browse', t.tabBrowse)}${tab('match', t.tabMatch)}
  </div>`;
}

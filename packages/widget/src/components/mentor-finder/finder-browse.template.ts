import { html, nothing, type TemplateResult } from 'lit';
import type { PublicMentor } from '@mentor-finder/matcher';
import type { Translation } from '../../translations/translation.js';
import { renderFilters, type FiltersContext } from './finder-filters.template.js';

export interface BrowseViewContext {
  t: Translation;
  /** The mentors that match the search and filters, in order. */
  hits: readonly PublicMentor[];
  /** More mentors that match some of the search's words, offered when `hits` are few. */
  someWordHits: readonly PublicMentor[];
  /** How many of `hits` the page shows. */
  visible: number;
  /** How many cards to draw in this frame (the first frame draws fewer). */
  drawn: number;
  /** The count is not known yet: the list is a preview, or the search is still arriving. */
  waiting: boolean;
  hasFilters: boolean;
  filters: Omit<FiltersContext, 't'>;
  onSearchInput: (event: Event) => void;
  onClearFilters: () => void;
  renderList: (mentors: readonly PublicMentor[]) => TemplateResult;
  renderShowMore: (visible: number, total: number) => TemplateResult | typeof nothing;
}

/** The browse view: search box, filters, the announced count and the list. */
export function renderBrowseView(c: BrowseViewContext): TemplateResult {
  const { t, hits } = c;
  return html`<div class="browse">
    <div class="search" part="search">
      <label class="label" part="label" for="search">${t.searchLabel}</label>
      <input class="input" part="input" id="search" type="search" autocomplete="off" aria-describedby="search-hint" @input=${c.onSearchInput} />
      <p class="hint" id="search-hint">${t.searchHint}</p>
    </div>
    ${renderFilters({ t, ...c.filters })}
    <div class="results-bar">
      <p class="results-count" part="results-count" role="status">${c.waiting ? t.loading : t.resultsCount(hits.length)}${c.someWordHits.length > 0 && !c.waiting ? `. ${t.someWordsFollow}` : ''}</p>
      ${c.hasFilters ? html`<button class="button" part="button clear-filters" type="button" @click=${c.onClearFilters}>${t.clearFilters}</button>` : nothing}
    </div>
    ${hits.length === 0
      ? html`<p class="state state--empty" part="state">${t.emptyNoResults}</p>`
      : html`<div class="results">${c.renderList(hits.slice(0, c.drawn))}${c.renderShowMore(c.visible, hits.length)}</div>`}
    ${c.someWordHits.length === 0
      ? nothing
      : html`<section class="results" part="some-words" aria-labelledby="some-words-title">
          <h2 class="results-title" id="some-words-title">${t.someWordsTitle}</h2>
          ${c.renderList(c.someWordHits)}
        </section>`}
  </div>`;
}

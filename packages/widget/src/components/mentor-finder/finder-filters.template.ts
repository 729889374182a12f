import { html, type TemplateResult } from 'lit';
import { vocabularyLabelIn, type MentorFacets, type VocabularyKind, type VocabularyLabelCatalogue } from '@mentor-finder/matcher';
import type { Translation } from '../../translations/translation.js';

export type FilterKind = 'languages' | 'countries' | 'subjects' | 'schoolLevels' | 'topics';
export type LabelKind = VocabularyKind;

export interface FilterState {
  values: Readonly<Partial<Record<FilterKind, string>>>;
  availableOnly: boolean;
}

export const NO_FILTERS: FilterState = Object.freeze({ values: Object.freeze({}), availableOnly: false });

const FILTERS: readonly { kind: FilterKind; label: LabelKind; title: keyof Translation }[] = [
  { kind: 'languages', label: 'language', title: 'filterLanguage' },
  { kind: 'countries', label: 'country', title: 'filterCountry' },
  { kind: 'subjects', label: 'subject', title: 'filterSubject' },
  { kind: 'schoolLevels', label: 'schoolLevel', title: 'filterSchoolLevel' },
  { kind: 'topics', label: 'topic', title: 'filterTopic' },
];

/** Options for vocabulary values, by their label (from `labels`, in `locale`) in the locale's collation (ties by value). */
export function labelOptions(kind: LabelKind, values: readonly string[], selected: string, locale: string, labels: VocabularyLabelCatalogue): TemplateResult[] {
  // No collator for nothing to sort: the first list, without facets yet, paints before locale data loads.
  const collator = values.length > 1 ? new Intl.Collator(locale) : undefined;
  return values
    .map((value) => ({ value, label: vocabularyLabelIn(labels, kind, value, locale) }))
    .sort((a, b) => (collator?.compare(a.label, b.label) ?? 0) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .map((option) => html`<option value=${option.value} ?selected=${option.value === selected}>${option.label}</option>`);
}

export interface FiltersContext {
  t: Translation;
  locale: string;
  labels: VocabularyLabelCatalogue;
  facets: MentorFacets;
  filters: FilterState;
  open: boolean;
  /** Boxes in the selects' place: the first frame with cards leaves the selects to the next one. */
  placeholders?: boolean;
  onToggle: () => void;
  onFilter: (kind: FilterKind, value: string) => void;
  onAvailableOnly: (checked: boolean) => void;
}

/** The browse view's filters; the toggle shows only in narrow containers (see the styles). */
export function renderFilters(c: FiltersContext): TemplateResult {
  const { t, filters } = c;
  const active = Object.values(filters.values).filter(Boolean).length + (filters.availableOnly ? 1 : 0);
  return html`<button
      class="button filters-toggle"
      part="button filters-toggle"
      type="button"
      aria-expanded=${c.open ? 'true' : 'false'}
      aria-controls="filters"
      @click=${c.onToggle}
    >${t.filtersToggle(active)}</button>
    <fieldset class=${c.open ? 'filters' : 'filters filters--collapsible'} part="filters" id="filters">
    <legend class="visually-hidden">${t.filtersLabel}</legend>
    ${FILTERS.map(({ kind, label, title }) => {
      const selected = filters.values[kind] ?? '';
      return html`<div class="field">
        <label class="label" part="label" for="filter-${kind}">${t[title] as string}</label>
        ${c.placeholders
          ? html`<span class="input input-placeholder" part="input" aria-hidden="true">${t.filterAny}</span>`
          : html`<select class="input" part="input" id="filter-${kind}" @change=${(event: Event) => c.onFilter(kind, (event.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${selected === ''}>${t.filterAny}</option>
          ${labelOptions(label, c.facets[kind].map((facet) => facet.value), selected, c.locale, c.labels)}
        </select>`}
      </div>`;
    })}
    <div class="field checkbox">
      <input type="checkbox" id="available-only" .checked=${filters.availableOnly} @change=${(event: Event) => c.onAvailableOnly((event.target as HTMLInputElement).checked)} />
      <label for="available-only">${t.filterAvailableOnly}</label>
    </div>
  </fieldset>`;
}

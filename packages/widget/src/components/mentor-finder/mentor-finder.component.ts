import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  createMentorSearch,
  LANGUAGE_LEVELS,
  SCHOOL_LEVELS,
  vocabularyLabel,
  type LanguageLevel,
  type LanguageSkill,
  type MenteeQuery,
  type MentorFacets,
  type MentorFilters,
  type MentorSearch,
  type PreparedMentors,
  type PublicMentor,
  type RankedMentor,
  type SchoolLevel,
} from '@mentor-finder/matcher';
import { DebounceController } from '../../controllers/debounce-controller.js';
import { MentorDataController } from '../../controllers/mentor-data-controller.js';
import type { MentorFinderErrorDetail } from '../../events/mentor-finder-error.js';
import type { MentorFinderSelectDetail } from '../../events/mentor-finder-select.js';
import { baseStyles } from '../../styles/base.styles.js';
import type { Translation } from '../../translations/translation.js';
import { defineOnce } from '../../utilities/define-once.js';
import { LocalizeController } from '../../utilities/localize.js';
import type { MentorContactDialog } from '../contact-dialog/contact-dialog.component.js';
import { renderMentorCard, type MentorCardContext } from './mentor-card.template.js';
import { mentorFinderStyles } from './mentor-finder.styles.js';

export const FINDER_VIEWS = ['browse', 'match'] as const;
export type FinderView = (typeof FINDER_VIEWS)[number];

type MatchEngine = typeof import('./match-engine.js');
type FormatReason = MatchEngine['formatReason'];

let matchEngine: Promise<MatchEngine> | undefined;
let contactDialog: Promise<void> | undefined;

/** Defines <mentor-contact-dialog> from its own module once; a failed load is tried again later. */
function loadContactDialog(): Promise<void> {
  contactDialog ??= import('../contact-dialog/contact-dialog.js').then(
    () => undefined,
    (cause: unknown) => {
      contactDialog = undefined;
      throw cause;
    },
  );
  return contactDialog;
}

/** Loads the ranking part once, from beside this module (or the CDN entry's own chunk). */
function loadMatchEngine(): Promise<MatchEngine> {
  matchEngine ??= import('./match-engine.js');
  return matchEngine;
}

type FilterKind = 'languages' | 'countries' | 'subjects' | 'schoolLevels' | 'topics';
type LabelKind = Parameters<typeof vocabularyLabel>[0];

interface FilterState {
  values: Readonly<Partial<Record<FilterKind, string>>>;
  availableOnly: boolean;
}

interface MatchForm {
  language: string;
  level: LanguageLevel;
  language2: string;
  level2: LanguageLevel;
  schoolLevel: string;
  subject: string;
  goals: string;
}

const NO_FACETS: MentorFacets = Object.freeze({ languages: [], countries: [], subjects: [], schoolLevels: [], topics: [] });
const NO_FILTERS: FilterState = Object.freeze({ values: Object.freeze({}), availableOnly: false });
const FILTERS: readonly { kind: FilterKind; label: LabelKind; title: keyof Translation }[] = [
  { kind: 'languages', label: 'language', title: 'filterLanguage' },
  { kind: 'countries', label: 'country', title: 'filterCountry' },
  { kind: 'subjects', label: 'subject', title: 'filterSubject' },
  { kind: 'schoolLevels', label: 'schoolLevel', title: 'filterSchoolLevel' },
  { kind: 'topics', label: 'topic', title: 'filterTopic' },
];
const FIT_THRESHOLDS = Object.freeze({ strong: 0.7, good: 0.45 });
const TOP_REASONS = 3;
const MAX_REQUEST_TOPICS = 5;

/**
 * @tagname mentor-finder
 * @summary Lets visitors browse and search mentors, get mentors ranked for their goals, and send a
 * contact request without any mentor's e-mail address being published.
 *
 * @event {CustomEvent<MentorFinderContactDetail>} mentor-finder-contact - Before a contact request is sent.
 * Cancelable: after `preventDefault()` the host sends it and may report the outcome with
 * `detail.respondWith(promise)`. Without `endpoint`, the host must handle this event (set `host-handles-contact`).
 * @event {CustomEvent<MentorFinderSelectDetail>} mentor-finder-select - The visitor chose a mentor
 * (opened the contact form, or pressed "Choose" when contact is not offered).
 * @event {CustomEvent<MentorFinderErrorDetail>} mentor-finder-error - Data could not be loaded (`load-failed`),
 * had no valid mentor (`invalid-data`), had records that were skipped (`invalid-records`), or a send failed (`send-failed`).
 *
 * @csspart base - The outer wrapper.
 * @csspart tabs - The view switcher.
 * @csspart tab - Each view tab.
 * @csspart search - The search box wrapper.
 * @csspart input - Every text field and select, in the finder and the contact form.
 * @csspart label - Every field label.
 * @csspart filters - The filter group.
 * @csspart filters-toggle - The button that shows the filters in narrow layouts.
 * @csspart results-count - The announced number of results.
 * @csspart list - Each list of mentor cards.
 * @csspart card - Each mentor card.
 * @csspart photo - A mentor's photo.
 * @csspart name - A mentor's name.
 * @csspart place - A mentor's region and country.
 * @csspart bio - A mentor's introduction.
 * @csspart tag - Each topic on a card.
 * @csspart availability - "Taking requests", "Full", "Not taking requests" or "Not taking requests through this site".
 * @csspart reply-time - "Usually answers within N days", when the site publishes it.
 * @csspart fit - The fit indication in the match view.
 * @csspart reasons - The reasons list in the match view.
 * @csspart button - Every button.
 * @csspart button-primary - Main action buttons.
 * @csspart contact-button - The contact button on a card.
 * @csspart state - Loading, empty and error messages.
 * @csspart show-more - The button that adds the next page of cards.
 * @csspart clear-filters - The button that clears the search and the filters.
 * @csspart choose-button - A card's "Choose" button, shown when contact is not offered.
 * @csspart dialog - The contact dialog.
 * @csspart field-error - An error shown under a contact form field.
 * @csspart alert - The contact form's error summary and failure message.
 * @csspart confirmation - The message shown after sending.
 * @csspart goals-help - The topic picker under the goals field, shown when the goals named no topic.
 * @csspart goals-unknown - The message that the goals were not understood.
 * @csspart topic-chip - A topic toggle button of the picker (`aria-pressed`).
 *
 * @cssproperty --mf-font-family - Font; inherits the page's font by default.
 * @cssproperty --mf-font-size - Base font size; inherits by default.
 * @cssproperty --mf-line-height - Line height (1.5).
 * @cssproperty --mf-color-text - Text colour.
 * @cssproperty --mf-color-muted - Secondary text colour.
 * @cssproperty --mf-color-background - Background of the finder (transparent).
 * @cssproperty --mf-color-surface - Background of cards.
 * @cssproperty --mf-color-border - Border colour of cards and fields.
 * @cssproperty --mf-color-primary - Buttons, links and the selected tab.
 * @cssproperty --mf-color-on-primary - Text on primary buttons.
 * @cssproperty --mf-color-focus - Focus ring colour.
 * @cssproperty --mf-color-danger - Errors.
 * @cssproperty --mf-color-success - Confirmations and free places.
 * @cssproperty --mf-radius - Corner radius.
 * @cssproperty --mf-spacing - Base spacing.
 * @cssproperty --mf-focus-ring-width - Focus ring width (3px).
 * @cssproperty --mf-card-min-width - Narrowest card before the grid drops a column (16rem).
 * @cssproperty --mf-color-link - Link colour (the primary colour).
 * @cssproperty --mf-color-button-background - Background of secondary buttons (#fff).
 * @cssproperty --mf-color-input-background - Background of fields (#fff).
 * @cssproperty --mf-color-background-dialog - Background of the contact dialog (the background colour, else #fff).
 */
export class MentorFinder extends LitElement {
  static override styles = [baseStyles, mentorFinderStyles];
  /** Elements defined with this one. <mentor-contact-dialog> is not among them: it is imported when contact is offered. */
  static dependencies: Record<string, CustomElementConstructor> = {};

  /** Defines the element and its parts; defining again is harmless. */
  static define(tag = 'mentor-finder'): void {
    for (const [name, element] of Object.entries(MentorFinder.dependencies)) defineOnce(name, element);
    defineOnce(tag, this);
  }

  private readonly localize = new LocalizeController(this);
  private readonly data = new MentorDataController(this, {
    onError: (detail) => this.emitError(detail),
    // A large list's first page paints before the rest is validated.
    preview: () => ({ count: this.pageSize, locale: this.localize.locale }),
  });
  private readonly debouncer = new DebounceController(this, 150);

  @query('mentor-contact-dialog') private contactDialog!: MentorContactDialog;
  @query('#search') private searchInput!: HTMLInputElement;

  @state() private view: FinderView = 'browse';
  @state() private searchText = '';
  @state() private filters: FilterState = NO_FILTERS;
  @state() private shown = 0;
  @state() private filtersOpen = false;
  @state() private matchForm: MatchForm | undefined;
  @state() private ranked:
    | { mentors: readonly PublicMentor[]; list: RankedMentor[]; topics: string[]; formatReason: FormatReason }
    | undefined;
  @state() private matchPending = false;
  /** Topics the visitor picked, and the picker (from the match engine) once goals were not understood. */
  @state() private picked: readonly string[] = [];
  @state() private goalsHelp: { render: MatchEngine['renderGoalsHelp']; notUnderstood: boolean } | undefined;

  /** URL of the public mentor JSON (an array of public mentor records). */
  @property() src = '';
  /** Mentors given directly; validated like `src` data. Takes over from `src` when set. */
  @property({ attribute: false }) mentors: unknown;
  /** URL that contact requests are POSTed to as JSON. */
  @property() endpoint = '';
  /** Privacy notice linked from the contact form's consent. */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';
  /** Version of the privacy notice, sent with each request's consent. */
  @property({ attribute: 'privacy-version' }) privacyVersion = '1';
  /** Milliseconds before a contact request is abandoned. */
  @property({ type: Number }) timeout = 15_000;
  /** Offer contact without `endpoint`: the host handles `mentor-finder-contact`. */
  @property({ type: Boolean, attribute: 'host-handles-contact' }) hostHandlesContact = false;
  /** Cards shown at first and added by "Show more". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 24;
  /** Milliseconds the search waits after typing stops. */
  @property({ type: Number }) debounce = 150;
  /** UI language; falls back to the closest `lang`, then `<html lang>`, then English. */
  @property({ reflect: true }) override lang!: string;
  /** Replaces any of the UI strings. */
  @property({ attribute: false }) messages: Partial<Translation> | undefined;

  private index: { mentors: readonly PublicMentor[]; search: MentorSearch; facets: MentorFacets } | undefined;
  private prepared: { mentors: readonly PublicMentor[]; prepared: PreparedMentors } | undefined;
  private results: { key: unknown[]; hits: PublicMentor[] } | undefined;
  private sorted: { mentors: readonly PublicMentor[]; locale: string; list: PublicMentor[] } | undefined;
  private indexPending = false;
  private renderedLocale = '';
  private dialogLoading: Promise<void> | undefined;

  constructor() {
    super();
    // Hosts may define this class under their own tag; its parts must exist too.
    for (const [name, element] of Object.entries(MentorFinder.dependencies)) defineOnce(name, element);
  }

  private emitError(detail: MentorFinderErrorDetail): void {
    this.dispatchEvent(new CustomEvent('mentor-finder-error', { detail, bubbles: true, composed: true }));
  }

  private emitSelect(mentor: PublicMentor): void {
    const detail: MentorFinderSelectDetail = { mentor };
    this.dispatchEvent(new CustomEvent('mentor-finder-select', { detail, bubbles: true, composed: true }));
  }

  private handleSearchInput(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.debouncer.delay = this.debounce;
    this.debouncer.schedule(() => {
      this.searchText = value;
      this.shown = 0;
    });
  }

  private handleFilter(kind: FilterKind, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.filters = { ...this.filters, values: { ...this.filters.values, [kind]: value } };
    this.shown = 0;
  }

  private handleAvailableOnly(event: Event): void {
    this.filters = { ...this.filters, availableOnly: (event.target as HTMLInputElement).checked };
    this.shown = 0;
  }

  private handleClearFilters(): void {
    this.debouncer.cancel();
    this.filters = NO_FILTERS;
    this.searchText = '';
    this.shown = 0;
    if (this.searchInput) this.searchInput.value = '';
    this.searchInput?.focus();
  }

  private async handleShowMore(total: number): Promise<void> {
    const first = Math.max(this.shown, this.pageSize);
    this.shown = Math.min(total, first + this.pageSize);
    await this.updateComplete;
    // The button may be gone; keyboard users continue at the first new card.
    this.renderRoot.querySelectorAll<HTMLElement>('.results [part~="card"]')[first]?.focus();
  }

  private handleTabKeydown(event: KeyboardEvent): void {
    const order = FINDER_VIEWS;
    const current = order.indexOf(this.view);
    const next =
      event.key === 'ArrowRight' ? (current + 1) % order.length
      : event.key === 'ArrowLeft' ? (current - 1 + order.length) % order.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? order.length - 1
      : -1;
    if (next < 0) return;
    event.preventDefault();
    this.selectView(order[next] ?? 'browse', true);
  }

  private async selectView(view: FinderView, focus = false): Promise<void> {
    this.view = view;
    // Fetch the ranking part while the visitor fills the form.
    if (view === 'match') void loadMatchEngine().catch(() => undefined);
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${view}`)?.focus();
  }

  private readonly openContact = async (mentor: PublicMentor, trigger: HTMLElement): Promise<void> => {
    this.emitSelect(mentor);
    // From the match view, the topics found in the visitor's goals are offered for the request.
    const topics = this.view === 'match' && this.ranked?.mentors === this.data.mentors ? this.ranked.topics : [];
    if (!customElements.get('mentor-contact-dialog')) {
      try {
        await this.loadDialog();
      } catch (cause) {
        this.emitError({ code: 'load-failed', cause: String(cause) });
        return;
      }
    }
    void this.contactDialog.show(mentor, trigger, topics);
  };

  /** Starts loading the contact dialog; `getUpdateComplete` waits for it. */
  private loadDialog(): Promise<void> {
    const loading = loadContactDialog();
    const settled = loading.then(
      () => undefined,
      () => undefined,
    );
    this.dialogLoading = settled;
    void settled.then(() => {
      if (this.dialogLoading === settled) this.dialogLoading = undefined;
    });
    return loading;
  }

  private readonly chooseMentor = (mentor: PublicMentor): void => this.emitSelect(mentor);

  private handleMatchInput(field: keyof MatchForm, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;
    this.matchForm = { ...this.currentMatchForm(), [field]: value };
  }

  private async handleMatchSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.matchPending) return;
    const form = this.currentMatchForm();
    const query = this.menteeQuery(form);
    const goals = query.goals?.text ?? '';
    this.matchPending = true;
    let engine: MatchEngine;
    try {
      engine = await loadMatchEngine();
    } catch (cause) {
      matchEngine = undefined;
      this.emitError({ code: 'load-failed', cause: String(cause) });
      return;
    } finally {
      this.matchPending = false;
    }
    const mentors = this.data.mentors;
    const read = goals ? engine.extractTopics(goals, { lang: this.localize.locale }) : [];
    const found = [...read, ...this.picked.filter((topic) => !read.some((m) => m.topic === topic)).map((topic) => ({ topic, confidence: 1, matched: [] }))];
    // goals that name no topic rank nobody until the visitor picks topics
    this.goalsHelp = goals && read.length === 0 ? { render: engine.renderGoalsHelp, notUnderstood: found.length === 0 } : this.goalsHelp;
    if (this.goalsHelp?.notUnderstood) {
      this.ranked = undefined;
      return;
    }
    const list = engine.rankMentors(query, this.preparedMentors(engine), { includeIneligible: true, menteeTopics: found });
    const topics = found.slice(0, MAX_REQUEST_TOPICS).map((match) => match.topic);
    this.ranked = { mentors, list, topics, formatReason: engine.formatReason };
    this.shown = 0;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#match-results-title')?.focus();
  }

  private menteeQuery(form: MatchForm): MenteeQuery {
    const languages: LanguageSkill[] = [{ code: form.language, level: form.level }];
    if (form.language2 && form.language2 !== form.language) languages.push({ code: form.language2, level: form.level2 });
    return {
      languages,
      ...(form.schoolLevel ? { schoolLevels: [form.schoolLevel as SchoolLevel] } : {}),
      ...(form.subject ? { subjects: [form.subject] } : {}),
      ...(form.goals.trim() ? { goals: { text: form.goals.trim(), lang: this.localize.locale } } : {}),
    };
  }

  private currentMatchForm(): MatchForm {
    return (
      this.matchForm ?? {
        language: this.localize.locale,
        level: 'native',
        language2: '',
        level2: 'B2',
        schoolLevel: '',
        subject: '',
        goals: '',
      }
    );
  }

  private searchIndex(): { search: MentorSearch; facets: MentorFacets } {
    const mentors = this.data.mentors;
    if (this.index?.mentors !== mentors) {
      const search = createMentorSearch(mentors);
      this.index = { mentors, search, facets: search.facets() };
    }
    return this.index;
  }

  private preparedMentors(engine: MatchEngine): PreparedMentors {
    const mentors = this.data.mentors;
    if (this.prepared?.mentors !== mentors) this.prepared = { mentors, prepared: engine.prepareMentors([...mentors]) };
    return this.prepared.prepared;
  }

  private hits(): PublicMentor[] {
    // Until the index exists, the unfiltered list is the name order the search would return.
    if (!this.isIndexed() && !this.hasFilters) return this.nameOrder();
    const { search } = this.searchIndex();
    const locale = this.localize.locale;
    const key = [search, this.searchText, this.filters, locale];
    if (this.results && this.results.key.every((part, i) => part === key[i])) return this.results.hits;
    const filters: MentorFilters = { availableOnly: this.filters.availableOnly };
    for (const [kind, value] of Object.entries(this.filters.values) as [FilterKind, string][]) {
      if (value) filters[kind] = [value];
    }
    const hits = search.search(this.searchText, filters, { locale }).map((hit) => hit.mentor as PublicMentor);
    this.results = { key, hits };
    return hits;
  }

  private isIndexed(): boolean {
    return this.index?.mentors === this.data.mentors;
  }

  /** Mentors by display name (the locale's collation), ties by id: the search's empty-query order. */
  private nameOrder(): PublicMentor[] {
    const mentors = this.data.mentors;
    const locale = this.localize.locale;
    if (this.sorted?.mentors !== mentors || this.sorted.locale !== locale) {
      const collator = new Intl.Collator(locale);
      const list = [...mentors].sort((a, b) => collator.compare(a.displayName, b.displayName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      this.sorted = { mentors, locale, list };
    }
    return this.sorted.list;
  }

  /** Builds the search index after the first list has painted, so it does not delay it. */
  private scheduleIndex(): void {
    if (this.isIndexed() || this.indexPending) return;
    this.indexPending = true;
    const build = (): void => {
      this.indexPending = false;
      if (!this.isConnected || this.isIndexed() || this.data.status !== 'complete') return;
      this.searchIndex();
      this.requestUpdate();
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(build, { timeout: 300 });
    else setTimeout(build, 50);
  }

  private get contactEnabled(): boolean {
    return Boolean(this.endpoint) || this.hostHandlesContact;
  }

  private get hasFilters(): boolean {
    return this.searchText !== '' || this.filters.availableOnly || Object.values(this.filters.values).some(Boolean);
  }

  /**
   * Also waits for parts still arriving that change what is shown (the page language's strings, the
   * validator for mentors already given) and the re-render they bring; never for a data request.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let part = this.arriving(); part; part = this.arriving()) {
      await part;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private arriving(): Promise<void> | undefined {
    return this.localize.loading ?? this.data.validating ?? this.dialogLoading;
  }

  protected override updated(): void {
    // Contact is offered: fetch the dialog once the list and its index are up, before anyone asks.
    if (this.contactEnabled && this.isIndexed() && !this.dialogLoading && !customElements.get('mentor-contact-dialog')) {
      this.loadDialog().catch(() => undefined);
    }
    // The dialog takes its language from this element's rendered `lang`, which no document-level
    // observer sees change inside the shadow root.
    const locale = this.localize.locale;
    if (locale !== this.renderedLocale) {
      this.renderedLocale = locale;
      // Not yet upgraded while its module is still arriving; it renders in the right language then.
      if (customElements.get('mentor-contact-dialog')) this.contactDialog?.requestUpdate();
    }
  }

  /** Loads `src` again (after a failure). */
  reload(): Promise<void> {
    return this.data.reload();
  }

  /** Shows a view: `browse` or `match`. */
  show(view: FinderView): void {
    void this.selectView(view);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mentors') && this.mentors !== undefined) {
      void this.data.accept(this.mentors);
    } else if (changed.has('src') && this.src && this.mentors === undefined) {
      void this.data.load(this.src);
    }
  }

  private cardContext(): MentorCardContext {
    return {
      t: this.localize.strings,
      locale: this.localize.locale,
      contactEnabled: this.contactEnabled,
      onContact: this.openContact,
      onChoose: this.chooseMentor,
    };
  }

  private labelOptions(kind: LabelKind, values: readonly string[], selected: string): TemplateResult[] {
    const locale = this.localize.locale;
    const collator = new Intl.Collator(locale);
    return values
      .map((value) => ({ value, label: vocabularyLabel(kind, value, locale) }))
      .sort((a, b) => collator.compare(a.label, b.label) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
      .map((option) => html`<option value=${option.value} ?selected=${option.value === selected}>${option.label}</option>`);
  }

  private renderFilters(t: Translation, facets: MentorFacets): TemplateResult {
    const active = Object.values(this.filters.values).filter(Boolean).length + (this.filters.availableOnly ? 1 : 0);
    // The toggle shows only in narrow containers (see the styles); wider ones always show the filters.
    return html`<button
        class="button filters-toggle"
        part="button filters-toggle"
        type="button"
        aria-expanded=${this.filtersOpen ? 'true' : 'false'}
        aria-controls="filters"
        @click=${() => (this.filtersOpen = !this.filtersOpen)}
      >${t.filtersToggle(active)}</button>
      <fieldset class=${this.filtersOpen ? 'filters' : 'filters filters--collapsible'} part="filters" id="filters">
      <legend class="visually-hidden">${t.filtersLabel}</legend>
      ${FILTERS.map(({ kind, label, title }) => {
        const selected = this.filters.values[kind] ?? '';
        return html`<div class="field">
          <label class="label" part="label" for="filter-${kind}">${t[title] as string}</label>
          <select class="input" part="input" id="filter-${kind}" @change=${(event: Event) => this.handleFilter(kind, event)}>
            <option value="" ?selected=${selected === ''}>${t.filterAny}</option>
            ${this.labelOptions(label, facets[kind].map((facet) => facet.value), selected)}
          </select>
        </div>`;
      })}
      <div class="field checkbox">
        <input type="checkbox" id="available-only" .checked=${this.filters.availableOnly} @change=${this.handleAvailableOnly} />
        <label for="available-only">${t.filterAvailableOnly}</label>
      </div>
    </fieldset>`;
  }

  private renderList(mentors: readonly PublicMentor[], extras?: (mentor: PublicMentor, index: number) => TemplateResult): TemplateResult {
    const context = this.cardContext();
    return html`<ul class="list" part="list">
      ${mentors.map((mentor, index) => html`<li>${renderMentorCard(mentor, context, extras?.(mentor, index))}</li>`)}
    </ul>`;
  }

  private renderShowMore(t: Translation, visible: number, total: number): TemplateResult | typeof nothing {
    if (visible >= total) return nothing;
    return html`<div class="more"><button class="button" part="button show-more" type="button" @click=${() => this.handleShowMore(total)}>${t.showMore(visible, total)}</button></div>`;
  }

  private renderBrowse(t: Translation): TemplateResult {
    const hits = this.hits();
    const facets = this.isIndexed() ? this.searchIndex().facets : NO_FACETS;
    if (!this.isIndexed()) this.scheduleIndex();
    const visible = Math.min(hits.length, Math.max(this.shown, this.pageSize));
    return html`<div class="browse">
      <div class="search" part="search">
        <label class="label" part="label" for="search">${t.searchLabel}</label>
        <input class="input" part="input" id="search" type="search" autocomplete="off" aria-describedby="search-hint" @input=${this.handleSearchInput} />
        <p class="hint" id="search-hint">${t.searchHint}</p>
      </div>
      ${this.renderFilters(t, facets)}
      <div class="results-bar">
        <p class="results-count" part="results-count" role="status">${this.data.previewing ? t.loading : t.resultsCount(hits.length)}</p>
        ${this.hasFilters ? html`<button class="button" part="button clear-filters" type="button" @click=${this.handleClearFilters}>${t.clearFilters}</button>` : nothing}
      </div>
      ${hits.length === 0
        ? html`<p class="state state--empty" part="state">${t.emptyNoResults}</p>`
        : html`<div class="results">${this.renderList(hits.slice(0, visible))}${this.renderShowMore(t, visible, hits.length)}</div>`}
    </div>`;
  }

  private renderMatchForm(t: Translation, facets: MentorFacets): TemplateResult {
    const form = this.currentMatchForm();
    const languages = facets.languages.map((facet) => facet.value);
    if (!languages.includes(form.language)) languages.push(form.language);
    const levels = (selected: string): TemplateResult[] =>
      LANGUAGE_LEVELS.map((level) => html`<option value=${level} ?selected=${level === selected}>${level === 'native' ? t.levelNative : level}</option>`);
    const select = (id: keyof MatchForm, label: string, options: TemplateResult[], withNone = false): TemplateResult => html`<div class="field">
      <label class="label" part="label" for="match-${id}">${label}</label>
      <select class="input" part="input" id="match-${id}" @change=${(event: Event) => this.handleMatchInput(id, event)}>
        ${withNone ? html`<option value="" ?selected=${form[id] === ''}>${t.selectNone}</option>` : nothing}${options}
      </select>
    </div>`;
    return html`<form class="match-form" @submit=${this.handleMatchSubmit}>
      <p>${t.matchIntro}</p>
      <div class="match-grid">
        ${select('language', t.myLanguage, this.labelOptions('language', languages, form.language))}
        ${select('level', t.myLevel, levels(form.level))}
        ${select('language2', t.mySecondLanguage, this.labelOptions('language', languages, form.language2), true)}
        ${select('level2', t.myLevel, levels(form.level2))}
        ${select('schoolLevel', t.mySchoolLevel, this.labelOptions('schoolLevel', SCHOOL_LEVELS, form.schoolLevel), true)}
        ${select('subject', t.mySubject, this.labelOptions('subject', facets.subjects.map((facet) => facet.value), form.subject), true)}
      </div>
      <div class="field">
        <label class="label" part="label" for="match-goals">${t.myGoals}</label>
        <textarea class="input" part="input" id="match-goals" rows="4" maxlength="4000" aria-describedby="match-goals-hint" .value=${form.goals} @input=${(event: Event) => this.handleMatchInput('goals', event)}></textarea>
        <p class="hint" id="match-goals-hint">${t.myGoalsHint}</p>
        ${this.goalsHelp?.render({
          locale: this.localize.locale,
          topics: facets.topics.map((facet) => facet.value),
          picked: this.picked,
          notUnderstood: this.goalsHelp.notUnderstood,
          onToggle: (topic) => (this.picked = this.picked.includes(topic) ? this.picked.filter((x) => x !== topic) : [...this.picked, topic]),
        })}
      </div>
      <div><button class="button button--primary" part="button button-primary" type="submit" aria-disabled=${this.matchPending ? 'true' : 'false'}>${t.findMentors}</button></div>
    </form>`;
  }

  private renderFit(t: Translation, entry: RankedMentor, formatReason: FormatReason): TemplateResult {
    const score = entry.result.score;
    const label = score >= FIT_THRESHOLDS.strong ? t.fitStrong : score >= FIT_THRESHOLDS.good ? t.fitGood : t.fitPossible;
    const percent = new Intl.NumberFormat(this.localize.locale, { style: 'percent' }).format(score);
    const reasons = entry.result.reasons.filter((reason) => reason.effect === 'positive').slice(0, TOP_REASONS);
    const locale = this.localize.locale;
    return html`<p class="fit" part="fit"><span class="fit-label">${t.fitLabel}:</span> ${label} (${percent})</p>
      ${reasons.length > 0
        ? html`<div class="reasons"><p class="reasons-title">${t.whyThisMentor}</p>
            <ul class="reasons-list" part="reasons">${reasons.map((reason) => html`<li>${formatReason(reason, locale)}</li>`)}</ul></div>`
        : nothing}`;
  }

  private renderBlocked(t: Translation, entry: RankedMentor, formatReason: FormatReason): TemplateResult {
    const locale = this.localize.locale;
    const reasons = entry.result.reasons.filter((reason) => reason.effect === 'blocking');
    return html`<li class="blocked">
      <p class="blocked-name">${entry.mentor.displayName}</p>
      <p class="blocked-why"><span class="visually-hidden">${t.whyNot}: </span>${reasons.map((reason) => formatReason(reason, locale)).join(' ')}</p>
    </li>`;
  }

  private renderMatchResults(t: Translation, ranked: RankedMentor[], formatReason: FormatReason): TemplateResult {
    const eligible = ranked.filter((entry) => entry.result.eligible);
    const blocked = ranked.filter((entry) => !entry.result.eligible);
    const visible = Math.min(eligible.length, Math.max(this.shown, this.pageSize));
    const shownEntries = eligible.slice(0, visible);
    return html`<section class="match-results" aria-labelledby="match-results-title">
      <h2 class="results-title" id="match-results-title" tabindex="-1" part="results-count">${t.matchResultsCount(eligible.length)}</h2>
      ${eligible.length === 0
        ? html`<p class="state state--empty" part="state">${t.noMatches}</p>`
        : html`<div class="results">${this.renderList(
            shownEntries.map((entry) => entry.mentor as PublicMentor),
            (_mentor, index) => this.renderFit(t, shownEntries[index] as RankedMentor, formatReason),
          )}${this.renderShowMore(t, visible, eligible.length)}</div>`}
      ${blocked.length > 0
        ? html`<details class="blocked-group">
            <summary>${t.unavailableHeading(blocked.length)}</summary>
            <ul class="blocked-list">${blocked.slice(0, 200).map((entry) => this.renderBlocked(t, entry, formatReason))}</ul>
          </details>`
        : nothing}
    </section>`;
  }

  private renderMatch(t: Translation): TemplateResult {
    const { facets } = this.searchIndex();
    // Results for an older mentor list are dropped rather than shown stale.
    const ranked = this.ranked?.mentors === this.data.mentors ? this.ranked : undefined;
    return html`<div class="match">${this.renderMatchForm(t, facets)}${ranked ? this.renderMatchResults(t, ranked.list, ranked.formatReason) : nothing}</div>`;
  }

  private renderState(t: Translation): TemplateResult | undefined {
    const status = this.data.status;
    if (status === 'initial' || (status === 'pending' && !this.data.previewing)) {
      return html`<p class="state state--loading" part="state" role="status" aria-busy="true">${t.loading}</p>`;
    }
    if (status === 'error') {
      const loadFailed = this.data.errorCode === 'load-failed';
      return html`<div class="state state--error" part="state" role="alert">
        <p>${loadFailed ? t.errorLoad : t.errorInvalid}</p>
        ${loadFailed && this.src ? html`<button class="button" part="button" type="button" @click=${() => this.reload()}>${t.retryLoad}</button>` : nothing}
      </div>`;
    }
    if (this.data.mentors.length === 0) return html`<p class="state state--empty" part="state" role="status">${t.emptyNoMentors}</p>`;
    return undefined;
  }

  private renderTabs(t: Translation): TemplateResult {
    const tab = (view: FinderView, label: string): TemplateResult => html`<button
      class="tab"
      part="tab"
      role="tab"
      type="button"
      id="tab-${view}"
      aria-controls="panel"
      aria-selected=${this.view === view ? 'true' : 'false'}
      tabindex=${this.view === view ? '0' : '-1'}
      @click=${() => this.selectView(view)}
    >${label}</button>`;
    return html`<div class="tabs" part="tabs" role="tablist" aria-label=${t.viewsLabel} @keydown=${this.handleTabKeydown}>
      ${tab('browse', t.tabBrowse)}${tab('match', t.tabMatch)}
    </div>`;
  }

  override render(): TemplateResult {
    const t = this.localize.strings;
    const blocked = this.renderState(t);
    return html`<div class="base" part="base" role="region" aria-label=${t.regionLabel} lang=${this.localize.locale}>
      ${blocked ??
      html`${this.renderTabs(t)}
        <div class="panel" id="panel" role="tabpanel" aria-labelledby="tab-${this.view}">
          ${this.view === 'browse' ? this.renderBrowse(t) : this.renderMatch(t)}
        </div>`}
      <mentor-contact-dialog
        exportparts="dialog, input, label, field-error, button, button-primary, alert, confirmation"
        endpoint=${this.endpoint}
        timeout=${this.timeout}
        privacy-url=${this.privacyUrl}
        privacy-version=${this.privacyVersion}
        .messages=${this.messages}
      ></mentor-contact-dialog>
    </div>`;
  }
}

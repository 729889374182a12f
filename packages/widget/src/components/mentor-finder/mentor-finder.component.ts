import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { PublicMentor } from '@mentor-finder/matcher';
import { DebounceController } from '../../controllers/debounce-controller.js';
import { FirstPaintController } from '../../controllers/first-paint-controller.js';
import { MentorDataController } from '../../controllers/mentor-data-controller.js';
import { baseStyles } from '../../styles/base.styles.js';
import type { Translation } from '../../translations/translation.js';
import { defineOnce } from '../../utilities/define-once.js';
import { LocalizeController } from '../../utilities/localize.js';
import type { MentorContactDialog } from '../contact-dialog/contact-dialog.component.js';
import { ContactDialogLoader } from './contact-dialog-loader.js';
import { dispatchFinderError, dispatchFinderSelect } from './finder-events.js';
import { FINDER_VIEWS, renderLoadState, renderTabs, type FinderView } from './finder-frame.template.js';
import { FinderBrowseController } from './finder-browse-controller.js';
import { renderBrowseView } from './finder-browse.template.js';
import { labelOptions } from './finder-filters.template.js';
import { FinderMatchController } from './finder-match-controller.js';
import { renderMatchView } from './finder-match.template.js';
import { FinderSearchController } from './finder-search-controller.js';
import { isCardReadyIn } from './is-card-ready.js';
import { programmeMentors } from './programme-mentors.js';
import { renderMentorList, type MentorCardContext } from './mentor-card.template.js';
import { mentorFinderStyles } from './mentor-finder.styles.js';

export { FINDER_VIEWS, type FinderView };

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
 * @csspart input - Every text field and select, in the finder and the contact form, and the boxes in the filter lists' place in the first frame with cards.
 * @csspart label - Every field label.
 * @csspart filters - The filter group.
 * @csspart filters-toggle - The button that shows the filters in narrow layouts.
 * @csspart results-count - The announced number of results.
 * @csspart some-words - The mentors offered when few match every word of a search: they match some of them.
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
    onError: (detail) => dispatchFinderError(this, detail),
    preview: () => ({ count: this.pageSize, locale: this.localize.locale, ready: isCardReadyIn(this.programme) }),
    noticeDelay: () => this.loadingDelay,
  });
  private readonly debouncer = new DebounceController(this, 150);
  private readonly search = new FinderSearchController(this, {
    mentors: () => this.shownMentors,
    locale: () => this.localize.locale,
    complete: () => this.data.status === 'complete',
    firstPage: () => this.data.previewing,
    onError: (cause) => dispatchFinderError(this, { code: 'load-failed', cause: String(cause) }),
  });
  private readonly browse = new FinderBrowseController(this, {
    hits: (text, filters) => this.search.hits(text, filters),
    onChange: () => (this.shown = 0),
  });
  private readonly dialog = new ContactDialogLoader(this);
  private readonly firstPaint = new FirstPaintController(this);
  private readonly match = new FinderMatchController(this, {
    mentors: () => this.shownMentors,
    locale: () => this.localize.locale,
    onLoadFailed: (cause) => dispatchFinderError(this, { code: 'load-failed', cause: String(cause) }),
  });

  @query('mentor-contact-dialog') private contactDialog!: MentorContactDialog;
  @query('#search') private searchInput!: HTMLInputElement;

  @state() private view: FinderView = 'browse';
  @state() private shown = 0;

  /** URL of the public mentor JSON (an array of public mentor records). */
  @property() src = '';
  /** Id of a programme: only its mentors are shown. By default every mentor in the data is. */
  @property() programme = '';
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
  /** Milliseconds a load may take before the loading message shows; a faster load shows none. */
  @property({ type: Number, attribute: 'loading-delay' }) loadingDelay = 400;
  /** Milliseconds the search waits after typing stops. */
  @property({ type: Number }) debounce = 150;
  /** UI language; falls back to the closest `lang`, then `<html lang>`, then English. */
  @property({ reflect: true }) override lang!: string;
  /** Replaces any of the UI strings. */
  @property({ attribute: false }) messages: Partial<Translation> | undefined;

  private renderedLocale = '';
  private drawn = false;
  private readonly ofProgramme = programmeMentors();

  private get shownMentors(): readonly PublicMentor[] {
    return this.ofProgramme(this.data.mentors, this.programme);
  }

  constructor() {
    super();
    // Hosts may define this class under their own tag; its parts must exist too.
    for (const [name, element] of Object.entries(MentorFinder.dependencies)) defineOnce(name, element);
  }

  private handleSearchInput(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.debouncer.delay = this.debounce;
    this.debouncer.schedule(() => this.browse.setSearchText(value));
  }

  private handleClearFilters(): void {
    this.debouncer.cancel();
    this.browse.clear();
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

  private async selectView(view: FinderView, focus = false): Promise<void> {
    this.view = view;
    // Fetch the ranking part while the visitor fills the form.
    if (view === 'match') this.match.prefetch();
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${view}`)?.focus();
  }

  private readonly openContact = async (mentor: PublicMentor, trigger: HTMLElement): Promise<void> => {
    dispatchFinderSelect(this, mentor);
    // From the match view, the topics found in the visitor's goals are offered for the request.
    const topics = this.view === 'match' ? (this.match.results?.topics ?? []) : [];
    if (!this.dialog.defined) {
      try {
        await this.dialog.load();
      } catch (cause) {
        dispatchFinderError(this, { code: 'load-failed', cause: String(cause) });
        return;
      }
    }
    void this.contactDialog.show(mentor, trigger, topics);
  };

  private readonly chooseMentor = (mentor: PublicMentor): void => dispatchFinderSelect(this, mentor);

  private async handleMatchSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const outcome = await this.match.submit();
    if (outcome === 'ranked') this.shown = 0;
    await this.updateComplete;
    if (outcome) this.renderRoot.querySelector<HTMLElement>(outcome === 'ranked' ? '#match-results-title' : '#goals-unknown')?.focus();
  }

  private get contactEnabled(): boolean {
    return Boolean(this.endpoint) || this.hostHandlesContact;
  }

  /**
   * Also waits for parts still arriving that change what is shown (the page language's strings, the
   * validator for mentors already given, the cards after the first frame's) and the re-render they
   * bring; never for a data request.
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
    return this.localize.loading ?? this.data.validating ?? this.search.pending ?? this.dialog.loading ?? this.firstPaint.pending;
  }

  protected override updated(): void {
    // Contact is offered: fetch the dialog once the list and its index are up, before anyone asks.
    if (this.contactEnabled && this.search.indexed && !this.dialog.loading && !this.dialog.defined) {
      this.dialog.load().catch(() => undefined);
    }
    // The dialog takes its language from this element's rendered `lang`, which no document-level
    // observer sees change inside the shadow root.
    const locale = this.localize.locale;
    if (locale !== this.renderedLocale) {
      this.renderedLocale = locale;
      // Not yet upgraded while its module is still arriving; it renders in the right language then.
      if (this.dialog.defined) this.contactDialog?.requestUpdate();
    }
  }

  /** Loads `src` again (after a failure). */
  reload(): Promise<void> {
    return this.data.reload();
  }

  /** "Try again" is gone once the load ends: focus goes to the view's tab, or to the new state, unless the visitor moved on. */
  private async retry(): Promise<void> {
    await this.reload();
    await this.updateComplete;
    const active = document.activeElement;
    if (active && active !== document.body && active !== this) return;
    const state = this.renderRoot.querySelector<HTMLElement>('[part~="state"]');
    (this.renderRoot.querySelector<HTMLElement>(this.data.status === 'error' ? '[part~="state"] button' : `#tab-${this.view}`) ?? state)?.focus();
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
      labels: this.localize.labels,
      contactEnabled: this.contactEnabled,
      onContact: this.openContact,
      onChoose: this.chooseMentor,
    };
  }

  private renderList(mentors: readonly PublicMentor[], extras?: (mentor: PublicMentor, index: number) => TemplateResult): TemplateResult {
    return renderMentorList(mentors, this.cardContext(), extras);
  }

  private renderShowMore(visible: number, total: number): TemplateResult | typeof nothing {
    if (visible >= total) return nothing;
    return html`<div class="more"><button class="button" part="button show-more" type="button" @click=${() => this.handleShowMore(total)}>${this.localize.strings.showMore(visible, total)}</button></div>`;
  }

  private renderBrowse(t: Translation): TemplateResult {
    const { browse } = this;
    const hits = browse.hits();
    const visible = Math.min(hits.length, Math.max(this.shown, this.pageSize));
    return renderBrowseView({
      t,
      hits,
      someWordHits: this.search.someWordHits(browse.searchText, browse.searchFilters(), hits, this.pageSize),
      visible,
      drawn: this.firstPaint.limit(visible),
      // Until the search is ready, a search or filter already chosen is not applied yet.
      waiting: this.data.previewing || (browse.active && !this.search.indexed),
      hasFilters: browse.active,
      filters: {
        locale: this.localize.locale,
        labels: this.localize.labels,
        facets: this.search.facets(),
        filters: browse.filters,
        open: browse.filtersOpen,
        placeholders: this.firstPaint.capping,
        onToggle: () => browse.toggleFilters(),
        onFilter: (kind, value) => browse.setFilter(kind, value),
        onAvailableOnly: (checked) => browse.setAvailableOnly(checked),
      },
      onSearchInput: (event) => this.handleSearchInput(event),
      onClearFilters: () => this.handleClearFilters(),
      renderList: (mentors) => this.renderList(mentors),
      renderShowMore: (shown, total) => this.renderShowMore(shown, total),
    });
  }

  private renderMatch(t: Translation): TemplateResult {
    this.search.schedule();
    const locale = this.localize.locale;
    return renderMatchView({
      t,
      locale,
      facets: this.search.facets(),
      match: this.match,
      shown: Math.max(this.shown, this.pageSize),
      onSubmit: (event) => void this.handleMatchSubmit(event),
      labelOptions: (kind, values, selected) => labelOptions(kind, values, selected, locale, this.localize.labels),
      renderList: (mentors, extras) => this.renderList(mentors, extras),
      renderShowMore: (visible, total) => this.renderShowMore(visible, total),
    });
  }

  override render(): TemplateResult | typeof nothing {
    const t = this.localize.strings;
    // A load younger than loading-delay draws nothing at first (an empty region would cost the first
    // cards a frame), later an empty busy region; the dialog stays as it is.
    const quiet = this.data.quiet;
    if (quiet && !this.drawn) return nothing;
    this.drawn = true;
    const blocked = quiet ? nothing : renderLoadState({
      t,
      status: this.data.status,
      previewing: this.data.previewing,
      errorCode: this.data.errorCode,
      mentorCount: this.shownMentors.length,
      onRetry: this.src ? () => void this.retry() : undefined,
    });
    return html`<div class="base" part="base" role="region" aria-label=${t.regionLabel} aria-busy=${quiet ? 'true' : nothing} lang=${this.localize.locale}>
      ${blocked ??
      html`${renderTabs(t, this.view, (view, focus) => void this.selectView(view, focus))}
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

import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Programme, ValidationError } from '@mentor-finder/matcher';
import { baseStyles } from '../../styles/base.styles.js';
import { defineOnce } from '../../utilities/define-once.js';
import { pickLocalizedText } from '../../utilities/pick-localized-text.js';
import { buildRegistration, CONSENTS, fieldOfError, ownErrorsFirst, validateRegistration, type RegistrationRequest } from './build-registration.js';
import type { MentorRegistrationErrorDetail, MentorRegistrationSentDetail } from './mentor-registration.events.js';
import { mentorRegistrationStyles } from './mentor-registration.styles.js';
import { DEFAULT_POST_OPTIONS, deliverRegistration } from './post-registration.js';
import { noticeToOffer } from '../../utilities/notice-to-offer.js';
import { clearDraft, loadDraft, saveDraft, type DraftListName, type RegistrationDraft } from './registration-draft.js';
import { consentSection, consentTexts } from './registration-consent.template.js';
import { ErrorNamesController } from './error-names-controller.js';
import { focusField, inFormOrder, renderErrorLinks } from './error-summary.template.js';
import { acceptedNoticeVersion, consentsFromProfile, draftFromProfile, mergeProfile } from './profile-draft.js';
import { ProfileController } from './profile-controller.js';
import { registrationFormSpec, type RegistrationFormSpec } from './registration-form-spec.js';
import { registrationSections } from './registration-form.template.js';
import { RegistrationLocalizeController } from './registration-localize-controller.js';
import { ProgrammeController } from './programme-controller.js';
import type { ConsentName, RegistrationFailure, RegistrationKind, RegistrationTranslation } from './translations/registration-translation.js';

/** Where the form is: filling in, sending, sent (check your e-mail), or a failed send kept for a retry. */
export const REGISTRATION_PHASES = ['editing', 'sending', 'sent', 'failed'] as const;
export type RegistrationPhase = (typeof REGISTRATION_PHASES)[number];

type FieldErrors = ReadonlyMap<string, ValidationError>;

/**
 * @tagname mentor-registration
 * @summary A programme's sign-up form for mentors or mentees: fields generated from the programme's
 * vocabularies and rules, checked by the matcher's JSON Schema validators, consent recorded with the
 * notice version, a draft kept across reloads, POSTed as JSON to `endpoint`. With `profile-src` it
 * updates a stored mentor profile instead: filled from that URL, the address shown but not
 * editable, saved to `endpoint` as often as needed, no draft kept in the browser.
 *
 * @event {CustomEvent<MentorRegistrationSubmitDetail>} mentor-registration-submit - Before sending; cancelable. Without `endpoint` the page must handle it.
 * @event {CustomEvent<MentorRegistrationSentDetail>} mentor-registration-sent - After the endpoint accepted the registration.
 * @event {CustomEvent<MentorRegistrationErrorDetail>} mentor-registration-error - When the programme cannot be loaded, a send fails, or the server refuses answers (`refused`).
 *
 * @csspart title - The form's heading.
 * @csspart state - Loading and load error messages.
 * @csspart section - Each group of fields.
 * @csspart label - Each field label and group legend.
 * @csspart input - Each text field and select.
 * @csspart field-error - Each error shown at a field.
 * @csspart alert - The error summary and the send failure message.
 * @csspart button - Each button.
 * @csspart confirmation - The "check your e-mail" message shown after sending, and the "saved" message of an update.
 * @csspart rules - The programme's rules, listed before sending.
 *
 * @cssprop --mf-color-primary - Buttons, links and focus ring.
 * @cssprop --mf-color-danger - Error text and invalid borders.
 * @cssprop --mf-color-border - Field and section borders.
 * @cssprop --mf-radius - Corner radius of fields, buttons and sections.
 */
export class MentorRegistration extends LitElement {
  static override styles = [baseStyles, mentorRegistrationStyles];

  /** Defines the element (bundler users; the CDN file defines it on import); defining again is harmless. */
  static define(tag = 'mentor-registration'): void {
    defineOnce(tag, this);
  }

  private readonly localize = new RegistrationLocalizeController(this);
  private readonly programmeData = new ProgrammeController(this);
  private readonly profileData = new ProfileController(this);
  private readonly errorNames = new ErrorNamesController(this);

  @state() private draft: RegistrationDraft | undefined;
  @state() private consents: ReadonlySet<ConsentName> = new Set();
  /** Kept as data and worded at render, so a language change rewords them. */
  @state() private errors: FieldErrors = new Map();
  @state() private unplaced: readonly ValidationError[] = [];
  @state() private phase: RegistrationPhase = 'editing';
  @state() private failure: { kind: RegistrationFailure; status?: number } | undefined;
  @state() private sentTo = { email: '', confirm: false }; // confirm: a link went there, so the text says to open it
  @state() private saved = false;
  /** The notice version a refused send accepted, while the form asks for the one in force. */
  @state() private acceptedNotice: string | undefined;
  private honeypot = '';
  private draftKey = '';
  /** The last load problem reported as an event, so each is reported once. */
  private reported = '';

  /** `mentor` or `mentee`: which record the form builds. */
  @property({ reflect: true }) kind: RegistrationKind = 'mentor';
  /** Id of the programme in `src`. */
  @property() programme = '';
  /** URL of the programmes JSON (a list of programme definitions, or one). */
  @property() src = '';
  /** Programme definitions given directly instead of `src`. */
  @property({ attribute: false }) programmes: unknown;
  /** URL the registration is POSTed to as JSON; without it the page handles `mentor-registration-submit`. */
  @property() endpoint = '';
  /** URL of a stored profile to update (`{ id, email, paused, record }`); the form then saves changes to `endpoint`. */
  @property({ attribute: 'profile-src' }) profileSrc = '';
  @property({ attribute: 'privacy-url' }) privacyUrl = '';
  /** Version of the privacy notice the consent refers to; recorded with it. A profile accepted for another version must accept again. */
  @property({ attribute: 'privacy-version' }) privacyVersion = '1';
  /** Milliseconds before a send is abandoned. */
  @property({ type: Number }) timeout: number = DEFAULT_POST_OPTIONS.timeout;
  /** Overrides of any string of the form. */
  @property({ attribute: false }) messages: Partial<RegistrationTranslation> | undefined;

  private get kindName(): RegistrationKind {
    return this.kind === 'mentee' ? 'mentee' : 'mentor';
  }

  private get spec(): RegistrationFormSpec | undefined {
    return this.programmeData.value && registrationFormSpec(this.programmeData.value, this.kindName);
  }

  /** Runs after the controllers' hostUpdate, so a programme given as a property is seen in the same update. */
  protected override update(changed: PropertyValues<this>): void {
    this.syncDraft(changed);
    super.update(changed);
  }

  private syncDraft(changed: PropertyValues<this>): void {
    const programme = this.programmeData.value;
    const profile = this.profileSrc ? this.profileData.value : undefined;
    const ready = programme && (!this.profileSrc || profile);
    const key = ready ? `${this.kindName}:${programme.id}${profile ? `:${profile.id}` : ''}` : '';
    if (key !== this.draftKey || changed.has('kind')) {
      this.draftKey = key;
      this.draft = !ready ? undefined : profile ? draftFromProfile(profile, this.localize.locale) : loadDraft(key, this.defaults(programme));
      [this.consents, this.acceptedNotice] = [profile ? consentsFromProfile(profile, this.privacyVersion || '1') : new Set(), undefined];
      this.saved = false;
      this.errors = new Map();
      this.unplaced = [];
      this.phase = 'editing';
    }
  }

  protected override updated(): void {
    const status = this.programmeData.status;
    const profileFailed = this.profileSrc && this.profileData.status === 'error';
    const code = status === 'error' ? 'load-failed' : status === 'complete' && !this.programmeData.value ? 'programme-not-found' : profileFailed ? 'profile-load-failed' : undefined;
    if (code && this.reported !== `${code}:${this.programme}`) {
      this.reported = `${code}:${this.programme}`;
      this.emitError({ code });
    }
  }

  private defaults(programme: Programme): Partial<RegistrationDraft> {
    const spec = registrationFormSpec(programme, this.kindName);
    return {
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone ?? '',
      from: programme.relationshipWindow.from,
      to: programme.relationshipWindow.to,
      maxMentees: this.kindName === 'mentor' ? String(spec.capacity.recommended) : '',
      languages: [{ code: this.localize.locale, level: '' }],
    };
  }

  private updateDraft(change: Partial<RegistrationDraft>, field?: string): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, ...change };
    this.saved = false;
    // A stored profile is not copied into the browser's storage.
    if (!this.profileSrc) saveDraft(this.draftKey, this.draft);
    if (field && this.errors.has(field)) this.errors = new Map([...this.errors].filter(([key]) => key !== field));
  }

  private handleChange(event: Event): void {
    const target = event.target as HTMLInputElement;
    const { key, list, index, prop, value: choice } = target.dataset;
    if (!this.draft || target.id === 'website') return;
    const checkbox = target.type === 'checkbox';
    // Checkboxes fire both input and change; toggling on both would undo the tick.
    if (checkbox && event.type !== 'change') return;
    if (list && prop && index !== undefined) {
      const name = list as DraftListName;
      const rows = this.draft[name].map((row, at) => (at === Number(index) ? { ...row, [prop]: target.value } : row));
      this.updateDraft({ [name]: rows }, target.id);
    } else if (key?.startsWith('consent-')) {
      const consents = new Set(this.consents);
      const name = key.slice('consent-'.length) as ConsentName;
      if (target.checked) consents.add(name);
      else consents.delete(name);
      this.consents = consents;
      if (this.errors.has(key)) this.errors = new Map([...this.errors].filter(([field]) => field !== key));
    } else if (key && checkbox && choice !== undefined) {
      const current = this.draft[key as 'topics'];
      this.updateDraft({ [key]: target.checked ? [...current, choice] : current.filter((item) => item !== choice) }, key);
    } else if (key && checkbox) {
      this.updateDraft({ [key]: target.checked }, key);
    } else if (key && key in this.draft) {
      this.updateDraft({ [key]: target.value }, key);
    }
  }

  private async handleClick(event: Event): Promise<void> {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-add], button[data-remove]');
    if (!button || !this.draft) return;
    const add = button.dataset.add as DraftListName | undefined;
    const name = (add ?? button.dataset.remove) as DraftListName;
    const rows: object[] = [...this.draft[name]];
    if (add) rows.push(name === 'languages' ? { code: '', level: '' } : { day: '', start: '', end: '' });
    else rows.splice(Number(button.dataset.index), 1);
    this.updateDraft({ [name]: rows } as Partial<RegistrationDraft>);
    this.errors = new Map([...this.errors].filter(([field]) => !field.startsWith(name === 'languages' ? 'lang-' : 'slot-')));
    await this.updateComplete;
    const focus = add ? `#${name === 'languages' ? 'lang' : 'slot'}-${rows.length - 1}-${name === 'languages' ? 'code' : 'day'}` : `button[data-add="${name}"]`;
    this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }

  private async handleSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const programme = this.programmeData.value;
    const spec = this.spec;
    if (this.phase === 'sending' || !programme || !spec || !this.draft) return;
    const t = this.localize.strings;
    const request = buildRegistration({
      kind: this.kindName,
      programme,
      spec,
      draft: this.draft,
      consents: this.consents,
      consentTexts: consentTexts(t, this.kindName),
      noticeVersion: this.privacyVersion || '1',
      privacyUrl: this.privacyUrl,
      locale: this.localize.locale,
      now: new Date(),
      honeypot: this.honeypot,
    });
    const profile = this.profileData.value;
    if (this.profileSrc && profile) request.record = mergeProfile(profile.record, request.record);
    if (this.honeypot !== '') {
      // Only automated form fillers see the field; they get the usual answer and nothing is sent.
      await this.finishSent(request, undefined);
      return;
    }
    const errors = validateRegistration(request, spec);
    const required = CONSENTS[this.kindName][0]!;
    if (!this.consents.has(required)) errors.push({ path: `/consent/${required}`, code: 'consent', field: required, message: 'consent required' });
    if (errors.length > 0) {
      await this.showErrors(errors);
      return;
    }
    this.errors = new Map();
    this.unplaced = [];
    this.failure = undefined;
    this.phase = 'sending';
    const outcome = await deliverRegistration(this, request, { endpoint: this.endpoint, timeout: this.timeout });
    if (outcome.ok) {
      await (this.profileSrc ? this.finishSaved(request, outcome.status) : this.finishSent(request, outcome.status, outcome.body));
      return;
    }
    this.phase = 'failed';
    this.failure = { kind: outcome.failure, ...(outcome.status ? { status: outcome.status } : {}) };
    const returned = (outcome.body as { errors?: unknown } | undefined)?.errors;
    const serverErrors = (Array.isArray(returned) ? returned : []).filter((error): error is ValidationError => typeof error?.path === 'string' && typeof error?.code === 'string');
    this.emitError({ code: serverErrors.length > 0 ? 'refused' : 'send-failed', cause: outcome.status ? `${outcome.failure} ${outcome.status}` : outcome.failure });
    const notice = noticeToOffer(outcome.body);
    // The notice changed while the page was open: the new one is read and its box ticked again.
    if (notice) [this.acceptedNotice, this.privacyVersion, this.consents] = [request.consent.noticeVersion, notice, new Set([...this.consents].filter((name) => name !== CONSENTS[this.kindName][0]))];
    if (serverErrors.length > 0) {
      // Answers to correct, not a failed send: the form is back to editing.
      await this.showErrors(serverErrors.map((error) => ({ ...error, path: error.path.replace(/^\/record(?=\/|$)/, '') })));
      return;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="alert"]')?.focus();
  }

  private async showErrors(errors: readonly ValidationError[]): Promise<void> {
    const placed = new Map<string, ValidationError>();
    const unplaced: ValidationError[] = [];
    for (const error of ownErrorsFirst(errors)) {
      const field = error.code === 'consent' ? `consent-${error.field}` : fieldOfError(error, (id) => this.renderRoot.querySelector(`#${id}`) !== null);
      if (!field || !this.renderRoot.querySelector(`#${field}`)) unplaced.push(error);
      else if (!placed.has(field)) placed.set(field, error);
    }
    this.errors = placed;
    this.unplaced = unplaced;
    this.phase = 'editing';
    await this.updateComplete;
    const first = inFormOrder(this.renderRoot, [...placed.keys()])[0];
    if (first) focusField(this.renderRoot, first);
    else this.renderRoot.querySelector<HTMLElement>('[part~="alert"]')?.focus();
  }

  /** `status` is undefined for the honeypot's pretend answer (no event), 0 when the page sent it. */
  private async finishSent(request: RegistrationRequest, status: number | undefined, body?: unknown): Promise<void> {
    clearDraft(this.draftKey);
    // The reference server confirms mentors' addresses by a link; a coordinator reviews mentees.
    const answered = (body as { status?: unknown } | undefined)?.status;
    this.sentTo = { email: this.draft?.email.trim() ?? '', confirm: typeof answered === 'string' ? answered === 'awaiting-email' : this.kindName === 'mentor' };
    this.phase = 'sent';
    [this.consents, this.acceptedNotice] = [new Set(), undefined];
    this.honeypot = '';
    if (this.programmeData.value) this.draft = loadDraft(this.draftKey, this.defaults(this.programmeData.value));
    if (status !== undefined) this.dispatchEvent(new CustomEvent('mentor-registration-sent', { detail: { request, status } satisfies MentorRegistrationSentDetail, bubbles: true, composed: true }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="confirmation"]')?.focus();
  }

  /** An update stays open for more corrections; the saved record is what the next save builds on. */
  private async finishSaved(request: RegistrationRequest, status: number): Promise<void> {
    this.profileData.accept(request.record);
    this.phase = 'editing';
    this.saved = true;
    this.dispatchEvent(new CustomEvent('mentor-registration-sent', { detail: { request, status } satisfies MentorRegistrationSentDetail, bubbles: true, composed: true }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="confirmation"]')?.focus();
  }

  private emitError(detail: MentorRegistrationErrorDetail): void {
    this.dispatchEvent(new CustomEvent('mentor-registration-error', { detail, bubbles: true, composed: true }));
  }

  /** Settles once the programme has loaded and the form has rendered for it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.programmeData.loading;
    await this.profileData.loading;
    return super.getUpdateComplete();
  }

  private wordedErrors(t: RegistrationTranslation): Map<string, string> {
    const worded = new Map<string, string>();
    for (const [field, error] of this.errors) {
      const code = error.code === 'min-properties' ? 'required' : error.code;
      worded.set(field, error.code === 'consent' ? (this.profileSrc ? t.consentRequiredToSave : t.consentRequired) : t.fieldError(code, error.params ?? {}));
    }
    return worded;
  }

  private renderForm(programme: Programme, spec: RegistrationFormSpec, draft: RegistrationDraft, t: RegistrationTranslation): TemplateResult {
    const locale = this.localize.locale;
    const updating = Boolean(this.profileSrc);
    const context = { t, errors: this.wordedErrors(t), spec, draft, locale, updating };
    const sending = this.phase === 'sending';
    const count = this.errors.size + this.unplaced.length;
    const alert = count > 0 ? t.errorsFound(count) : this.phase === 'failed' && this.failure ? t.sendFailed(this.failure.kind, this.failure.status) : '';
    const name = pickLocalizedText(programme.name, locale)?.text ?? programme.id;
    return html`<p class="intro">${t.intro(this.kindName, name)}</p>
      ${updating ? nothing : html`<p class="hint">${t.draftSaved}</p>`}
      <form novalidate @input=${this.handleChange} @change=${this.handleChange} @click=${this.handleClick} @submit=${this.handleSubmit}>
        <div class=${alert ? 'alert alert--shown' : 'alert'} part="alert" role="alert" tabindex="-1">
          ${alert}
          ${renderErrorLinks(this.renderRoot, [...this.errors.keys()])}
          ${this.unplaced.length > 0 ? html`<ul>${this.unplaced.map((error) => html`<li>${error.field || error.path}: ${t.fieldError(error.code, error.params ?? {})}</li>`)}</ul>` : nothing}
        </div>
        ${registrationSections(context)} ${consentSection(context, this.kindName, this.consents, this.privacyUrl, this.privacyVersion || '1', acceptedNoticeVersion(this.profileSrc ? this.profileData.value : undefined) ?? this.acceptedNotice)}
        <div class="hp" aria-hidden="true" inert>
          <label for="website">${t.honeypot}</label>
          <input id="website" type="text" tabindex="-1" autocomplete="off" @input=${(e: Event) => (this.honeypot = (e.target as HTMLInputElement).value)} />
        </div>
        <div class="actions">
          <button class="button button--primary" part="button button-primary" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
            ${sending ? t.sending : this.phase === 'failed' ? t.retry : updating ? t.save : t.submit(this.kindName)}
          </button>
        </div>
        ${this.saved ? html`<p class="confirmation" part="confirmation" role="status" tabindex="-1">${t.saved}</p>` : nothing}
        <p class="visually-hidden" role="status">${sending ? t.sending : ''}</p>
      </form>`;
  }

  private renderBody(t: RegistrationTranslation): TemplateResult {
    const { status, value: programme } = this.programmeData;
    const spec = this.spec;
    if (status === 'error') return html`<p class="state" part="state" role="alert">${t.loadFailed}</p>`;
    if (status === 'complete' && !programme) return html`<p class="state" part="state" role="alert">${t.programmeNotFound(this.programme)}</p>`;
    if (this.profileSrc && this.profileData.status === 'error') return html`<p class="state" part="state" role="alert">${t.profileLoadFailed}</p>`;
    if (!programme || !spec || !this.draft) return html`<p class="state" part="state" role="status" aria-busy="true">${t.loading}</p>`;
    if (this.phase === 'sent') {
      return html`<div class="confirmation" part="confirmation" role="status" tabindex="-1">
        <h3 class="section-title">${this.sentTo.confirm ? t.sentTitle : t.receivedTitle}</h3>
        <p>${this.sentTo.confirm ? t.sent(this.sentTo.email) : t.received(this.sentTo.email)}</p>
      </div>`;
    }
    return this.renderForm(programme, spec, this.draft, t);
  }

  override render(): TemplateResult {
    const t = this.localize.strings;
    return html`<div class="registration" lang=${t.$code}>
      <h2 class="title" part="title">${this.profileSrc ? t.updateTitle : t.title(this.kindName)}</h2>
      ${this.renderBody(t)}
    </div>`;
  }
}

import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { vocabularyLabel, type ContactRequest, type PublicMentor, type ValidationError } from '@mentor-finder/matcher';
import { dispatchFinderError } from '../mentor-finder/finder-events.js';
import { baseStyles } from '../../styles/base.styles.js';
import type { ContactField, SendFailure, SendRefusal, Translation } from '../../translations/translation.js';
import { clearDraft, emptyDraft, loadDraft, saveDraft, type ContactDraft } from '../../utilities/contact-draft.js';
import { LocalizeController } from '../../utilities/localize.js';
import { DEFAULT_SEND_OPTIONS } from '../../utilities/send-contact-request.js';
import { WIDGET_VERSION } from '../../version.js';
import { contactDialogStyles } from './contact-dialog.styles.js';
import { deliverContactRequest } from './deliver-contact-request.js';
import { describeError, fieldOf } from './contact-field-error.js';
import { readFailure, refusalText } from './contact-refusal.js';
import { noticeToOffer } from '../../utilities/notice-to-offer.js';
import { loadOnce } from '../../utilities/load-once.js';

const loadValidator = loadOnce(() => import('./contact-validation.js').then((module) => module.validateContactRequest));

export const CONTACT_PHASES = ['editing', 'sending', 'sent', 'failed'] as const;
export type ContactPhase = (typeof CONTACT_PHASES)[number];

const MESSAGE_LIMITS = Object.freeze({ min: 20, max: 2000 });
const FIELD_ORDER: readonly ContactField[] = ['name', 'email', 'school', 'message', 'consent'];
const FOCUS_ON_OPEN: Readonly<Record<ContactPhase, string>> = { editing: '#name', sending: 'button[type="submit"]', sent: '[data-confirmation]', failed: '[data-retry]' };
/**
 * @tagname mentor-contact-dialog
 * @summary The contact form of `<mentor-finder>`: a modal dialog that validates, sends with a timeout,
 * keeps the draft for a retry and a page reload, and confirms.
 *
 * @event {CustomEvent<MentorFinderContactDetail>} mentor-finder-contact - Before sending; cancelable.
 * @event {CustomEvent<MentorFinderErrorDetail>} mentor-finder-error - When a send fails (`send-failed`).
 *
 * @csspart dialog - The dialog box.
 * @csspart input - Each text field.
 * @csspart label - Each field label.
 * @csspart field-error - Each error shown under a field.
 * @csspart button - Each button.
 * @csspart alert - The error summary and the send failure message.
 * @csspart confirmation - The message shown after sending.
 * @csspart button-primary - The send button.
 *
 * @cssproperty --mf-font-family - Font; inherits the page's font by default.
 * @cssproperty --mf-font-size - Base font size; inherits by default.
 * @cssproperty --mf-line-height - Line height (1.5).
 * @cssproperty --mf-color-text - Text colour.
 * @cssproperty --mf-color-muted - Secondary text colour.
 * @cssproperty --mf-color-background - Background (transparent).
 * @cssproperty --mf-color-background-dialog - Background of the dialog (the background colour, else #fff).
 * @cssproperty --mf-color-border - Borders of the dialog and fields.
 * @cssproperty --mf-color-primary - The send button and links.
 * @cssproperty --mf-color-on-primary - Text on the send button.
 * @cssproperty --mf-color-link - Link colour (the primary colour).
 * @cssproperty --mf-color-button-background - Background of secondary buttons (#fff).
 * @cssproperty --mf-color-input-background - Background of fields (#fff).
 * @cssproperty --mf-color-focus - Focus ring colour.
 * @cssproperty --mf-color-danger - Errors.
 * @cssproperty --mf-color-success - The confirmation.
 * @cssproperty --mf-radius - Corner radius.
 * @cssproperty --mf-spacing - Base spacing.
 * @cssproperty --mf-focus-ring-width - Focus ring width (3px).
 */
export class MentorContactDialog extends LitElement {
  static override styles = [baseStyles, contactDialogStyles];

  private readonly localize = new LocalizeController(this);

  @query('dialog') private dialog!: HTMLDialogElement;

  @state() private mentor: PublicMentor | undefined;
  @state() private draft: ContactDraft | undefined;
  /** Kept as data and worded at render, so a language change rewords them. */
  @state() private errors: Partial<Record<ContactField, ValidationError>> = {};
  @state() private phase: ContactPhase = 'editing';
  @state() private failure: SendFailure | undefined;
  /** What the server said when it refused the request; worded at render. */
  @state() private refusal: Omit<SendRefusal, 'button'> | undefined;
  @state() private honeypot = '';
  /** The notice version a refused send asked for, while the form asks for it to be accepted. */
  @state() private changedNotice: string | undefined;
  private validating = false;
  /** Topics found in the visitor's goals, offered for the request; the visitor may untick them. */
  @state() private topics: readonly string[] = [];
  @state() private chosenTopics: ReadonlySet<string> = new Set();

  /** URL the request is POSTed to; without it the host must handle `mentor-finder-contact`. */
  @property() endpoint = '';
  /** Milliseconds before a send is abandoned. */
  @property({ type: Number }) timeout: number = DEFAULT_SEND_OPTIONS.timeout;
  @property({ attribute: 'privacy-url' }) privacyUrl = '';
  @property({ attribute: 'privacy-version' }) privacyVersion = '1';
  @property({ attribute: false }) messages: Partial<Translation> | undefined;

  private trigger: HTMLElement | undefined;
  /** Closed (by the page, or a second Escape) while sending: that mentor's form opens again on the outcome. */
  private closedWhileSending = false;

  private handleInput(field: Exclude<ContactField, 'consent'>, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.updateDraft({ [field]: value });
  }

  private handleConsent(event: Event): void {
    this.updateDraft({ consent: (event.target as HTMLInputElement).checked });
  }

  private handleTopic(topic: string, event: Event): void {
    const chosen = new Set(this.chosenTopics);
    if ((event.target as HTMLInputElement).checked) chosen.add(topic);
    else chosen.delete(topic);
    this.chosenTopics = chosen;
  }

  private updateDraft(change: Partial<ContactDraft>): void {
    if (!this.draft || !this.mentor) return;
    this.draft = { ...this.draft, ...change };
    saveDraft(this.mentor.id, this.draft);
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Tab') return;
    const focusable = this.focusableElements();
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = this.shadowRoot?.activeElement;
    // The modal dialog makes the page inert; wrapping keeps Tab from leaving for the browser UI.
    if (event.shiftKey && (active === first || !active)) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && (active === last || !active)) {
      event.preventDefault();
      first?.focus();
    }
  }

  /** A send under way keeps the dialog open (Escape, Cancel, ×): its outcome shows here. */
  private handleCancel(event: Event): void {
    if (this.phase === 'sending') event.preventDefault();
  }

  private readonly close = (): void => {
    if (this.phase !== 'sending') this.hide();
  };

  private handleClose(): void {
    // A close event arrives after the task that closed the dialog; it may have been opened again since.
    if (this.dialog?.open) return;
    if (this.phase === 'sending') this.closedWhileSending = true;
    // A confirmation seen is done with; one that came after the close waits for the visitor.
    if (this.phase === 'sent' && !this.closedWhileSending) this.phase = 'editing';
    const trigger = this.trigger;
    this.trigger = undefined;
    if (trigger?.isConnected) trigger.focus();
  }

  private async handleSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.phase === 'sending' || this.validating || !this.mentor || !this.draft) return;
    const mentor = this.mentor;
    const request = this.buildRequest(mentor, this.draft);
    if (this.honeypot !== '') {
      // Only automated form fillers see the field; they get the usual answer and nothing is sent.
      this.finishSent(mentor);
      return;
    }
    let validate = loadValidator.loaded;
    if (!validate) {
      // Only when the form was sent before its validator arrived (it is fetched when the form opens).
      this.validating = true;
      try {
        validate = await loadValidator();
      } catch (cause) {
        this.phase = 'failed';
        this.failure = 'network';
        dispatchFinderError(this, { code: 'send-failed', cause: String(cause) });
        return;
      } finally {
        this.validating = false;
      }
    }
    const { ok, errors } = validate(request);
    if (!ok) {
      this.showErrors(errors);
      return;
    }
    this.errors = {};
    this.failure = undefined;
    this.refusal = undefined;
    this.phase = 'sending';
    const outcome = await deliverContactRequest(this, request, mentor, { endpoint: this.endpoint, timeout: this.timeout });
    if (outcome.ok) {
      this.finishSent(mentor);
      return;
    }
    const { fieldErrors, refusal, cause } = readFailure(outcome);
    const notice = noticeToOffer(outcome.body);
    // The notice changed while the form was open: the new one is read and its box ticked again.
    if (notice) [this.privacyVersion, this.changedNotice] = [notice, notice];
    if (notice) this.updateDraft({ consent: false });
    // The server's own field checks (hidden characters, an address in the name) show at the field.
    if (fieldErrors.length > 0) void this.showErrors(fieldErrors);
    else this.phase = 'failed';
    this.failure = outcome.failure;
    this.refusal = refusal;
    // The stored request keeps its key; the changed text goes again as a new request.
    if (refusal?.code === 'idempotency-conflict') this.updateDraft({ idempotencyKey: emptyDraft().idempotencyKey });
    dispatchFinderError(this, { code: 'send-failed', cause });
    if (fieldErrors.length > 0) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-retry]')?.focus();
  }

  private async finishSent(mentor: PublicMentor): Promise<void> {
    clearDraft(mentor.id);
    this.draft = loadDraft(mentor.id);
    this.honeypot = '';
    this.phase = 'sent';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-confirmation]')?.focus();
  }

  private async showErrors(errors: ValidationError[]): Promise<void> {
    const shown: Partial<Record<ContactField, ValidationError>> = {};
    for (const error of errors) {
      const field = fieldOf(error);
      if (field && !shown[field]) shown[field] = error;
    }
    // An error on no visible field (e.g. a malformed mentor id) is still shown, at the message.
    if (Object.keys(shown).length === 0 && errors[0]) shown.message = errors[0];
    this.errors = shown;
    this.phase = 'editing';
    await this.updateComplete;
    const first = FIELD_ORDER.find((field) => shown[field]);
    this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus();
  }

  private buildRequest(mentor: PublicMentor, draft: ContactDraft): ContactRequest {
    const locale = this.localize.locale;
    const school = draft.school.trim();
    const topics = this.topics.filter((topic) => this.chosenTopics.has(topic));
    return {
      mentorId: mentor.id,
      programmeId: mentor.programmeId,
      sender: { name: draft.name.trim(), email: draft.email.trim(), ...(school ? { school } : {}) },
      message: { text: draft.message.trim() }, // in any language: the form's is client.locale
      ...(topics.length > 0 ? { topics } : {}),
      consent: { privacyNoticeAccepted: draft.consent as true, noticeVersion: this.privacyVersion || '1' },
      client: { locale, widgetVersion: WIDGET_VERSION },
      idempotencyKey: draft.idempotencyKey,
      hp: this.honeypot,
    };
  }

  private focusableElements(): HTMLElement[] {
    const all = this.renderRoot.querySelectorAll<HTMLElement>('dialog button, dialog input, dialog textarea, dialog a[href], dialog [data-confirmation]');
    return [...all].filter((element) => element.tabIndex >= 0 && !element.hasAttribute('disabled'));
  }

  /** Also waits for the page language's strings when they are still loading, and the re-render they bring. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let loading = this.localize.loading; loading; loading = this.localize.loading) {
      await loading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * Opens the dialog for a mentor with the saved draft; focus returns to `trigger` on close.
   * `topics` (topic ids found in the visitor's goals) are offered, ticked, for the request. While a
   * request is being sent, the dialog shows it, whichever mentor is asked for; if it was closed
   * during the send, the same mentor's form opens on the outcome (confirmation or failure).
   */
  async show(mentor: PublicMentor, trigger?: HTMLElement, topics: readonly string[] = []): Promise<void> {
    void loadValidator().catch(() => undefined);
    this.trigger = trigger;
    const resume = this.mentor !== undefined && (this.phase === 'sending' || (this.closedWhileSending && this.mentor.id === mentor.id));
    this.closedWhileSending = false;
    if (!resume) {
      this.mentor = mentor;
      this.topics = [...new Set(topics)];
      this.chosenTopics = new Set(this.topics);
      this.draft = loadDraft(mentor.id);
      [this.errors, this.failure] = [{}, undefined];
      [this.refusal, this.changedNotice] = [undefined, undefined];
      this.phase = 'editing';
      this.honeypot = '';
    }
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>(FOCUS_ON_OPEN[this.phase])?.focus();
  }

  /** Closes the dialog; the draft stays saved. */
  hide(): void {
    // Noted here too: the close event comes a task later, perhaps after the outcome.
    if (this.dialog?.open && this.phase === 'sending') this.closedWhileSending = true;
    if (this.dialog?.open) this.dialog.close();
  }

  /** Whether the dialog is open. */
  get open(): boolean {
    return Boolean(this.dialog?.open);
  }

  private errorText(field: ContactField): string | undefined {
    const error = this.errors[field];
    return error && describeError(error, field, this.localize.strings, this.localize.locale);
  }

  private renderField(field: Exclude<ContactField, 'consent'>, label: string, control: (describedBy: string, invalid: boolean) => TemplateResult, hint?: string, optional = false): TemplateResult {
    const t = this.localize.strings;
    const error = this.errorText(field);
    const describedBy = [hint ? `${field}-hint` : '', error ? `${field}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label class="label" part="label" for=${field}>${label}${optional ? html` <span class="hint">${t.optional}</span>` : nothing}</label>
      ${control(describedBy, Boolean(error))}
      ${hint ? html`<p class="hint" id="${field}-hint">${hint}</p>` : nothing}
      ${error ? html`<p class="field-error" part="field-error" id="${field}-error">${error}</p>` : nothing}
    </div>`;
  }

  private renderForm(draft: ContactDraft, t: Translation): TemplateResult {
    const errorCount = Object.keys(this.errors).length;
    const sending = this.phase === 'sending';
    const consentError = this.errorText('consent');
    const alert = errorCount > 0 ? t.errorsFound(errorCount) : this.phase === 'failed' ? this.failureText(t) : '';
    return html`<form novalidate @submit=${this.handleSubmit}>
      <div class=${alert ? 'alert alert--shown' : 'alert'} part="alert" role="alert">${alert}</div>
      ${this.renderField('name', t.yourName, (describedBy, invalid) => html`<input class="input" part="input" id="name" name="name" type="text" autocomplete="name" maxlength="120" required aria-describedby=${describedBy || nothing} aria-invalid=${invalid ? 'true' : 'false'} .value=${draft.name} @input=${(e: Event) => this.handleInput('name', e)} />`)}
      ${this.renderField('email', t.yourEmail, (describedBy, invalid) => html`<input class="input" part="input" id="email" name="email" type="email" autocomplete="email" maxlength="254" required aria-describedby=${describedBy || nothing} aria-invalid=${invalid ? 'true' : 'false'} .value=${draft.email} @input=${(e: Event) => this.handleInput('email', e)} />`)}
      ${this.renderField('school', t.yourSchool, (describedBy, invalid) => html`<input class="input" part="input" id="school" name="school" type="text" autocomplete="organization" maxlength="200" aria-describedby=${describedBy || nothing} aria-invalid=${invalid ? 'true' : 'false'} .value=${draft.school} @input=${(e: Event) => this.handleInput('school', e)} />`, undefined, true)}
      ${this.renderField('message', t.yourMessage, (describedBy, invalid) => html`<textarea class="input" part="input" id="message" name="message" rows="6" maxlength=${MESSAGE_LIMITS.max} required aria-describedby=${describedBy || nothing} aria-invalid=${invalid ? 'true' : 'false'} .value=${draft.message} @input=${(e: Event) => this.handleInput('message', e)}></textarea>`, t.messageHint(MESSAGE_LIMITS.min, MESSAGE_LIMITS.max))}
      ${this.renderTopics(t)}
      <div class="field">
        <div class="consent">
          <input id="consent" name="consent" type="checkbox" required aria-describedby=${consentError ? 'consent-error' : nothing} aria-invalid=${consentError ? 'true' : 'false'} .checked=${draft.consent} @change=${this.handleConsent} />
          <label for="consent">${t.consentBefore}${this.privacyUrl ? html`<a href=${this.privacyUrl} target="_blank" rel="noopener">${t.privacyNotice}<span class="visually-hidden">${t.newTab}</span></a>` : t.privacyNotice}${t.consentAfter}</label>
        </div>
        ${this.changedNotice ? html`<p class="hint">${t.noticeChanged(this.changedNotice)}</p>` : nothing}
        ${consentError ? html`<p class="field-error" part="field-error" id="consent-error">${consentError}</p>` : nothing}
      </div>
      <div class="hp" aria-hidden="true" inert>
        <label for="website">${t.honeypot}</label>
        <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" .value=${this.honeypot} @input=${(e: Event) => (this.honeypot = (e.target as HTMLInputElement).value)} />
      </div>
      <div class="actions">
        <button class="button" part="button" type="button" aria-disabled=${sending ? 'true' : 'false'} @click=${this.close}>${t.cancel}</button>
        <button class="button button--primary" part="button button-primary" type="submit" aria-disabled=${sending ? 'true' : 'false'} ?data-retry=${this.phase === 'failed'}>
          ${sending ? t.sending : this.phase === 'failed' ? t.retry : t.send}
        </button>
      </div>
      <p class="visually-hidden" role="status">${sending ? t.sending : ''}</p>
    </form>`;
  }

  private failureText(t: Translation): string {
    const refusal = this.refusal && { ...this.refusal, button: t.retry };
    if (refusal) return t.sendRefused?.(refusal) ?? refusalText(refusal, this.localize.locale);
    return this.failure ? t.sendFailed(this.failure) : '';
  }

  private renderTopics(t: Translation): TemplateResult | typeof nothing {
    if (this.topics.length === 0) return nothing;
    const locale = this.localize.locale;
    return html`<fieldset class="topics">
      <legend class="label" part="label">${t.topicsLegend}</legend>
      ${this.topics.map(
        (topic, index) => html`<div class="consent">
          <input id="topic-${index}" type="checkbox" .checked=${this.chosenTopics.has(topic)} @change=${(event: Event) => this.handleTopic(topic, event)} />
          <label for="topic-${index}">${vocabularyLabel('topic', topic, locale)}</label>
        </div>`,
      )}
    </fieldset>`;
  }

  override render(): TemplateResult {
    const t = this.localize.strings;
    const mentor = this.mentor;
    return html`<dialog part="dialog" aria-labelledby="title" lang=${this.localize.locale} @keydown=${this.handleKeydown} @cancel=${this.handleCancel} @close=${this.handleClose}>
      ${mentor && this.draft
        ? html`<div class="body">
            <div class="header">
              <h2 class="title" id="title">${t.contactTitle(mentor.displayName)}</h2>
              <button class="button close" part="button" type="button" aria-label=${t.close} aria-disabled=${this.phase === 'sending' ? 'true' : 'false'} @click=${this.close}>×</button>
            </div>
            ${this.phase === 'sent'
              ? html`<p class="confirmation" part="confirmation" role="status" tabindex="-1" data-confirmation>${t.sent}</p>
                  <div class="actions"><button class="button button--primary" part="button button-primary" type="button" @click=${this.hide}>${t.close}</button></div>`
              : html`<p class="hint">${t.contactIntro}</p>
                  ${this.renderForm(this.draft, t)}`}
          </div>`
        : nothing}
    </dialog>`;
  }
}

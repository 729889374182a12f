import { html, nothing, type TemplateResult } from 'lit';
import { freePlaces, vocabularyLabelIn, type PublicMentor, type VocabularyKind, type VocabularyLabelCatalogue } from '@mentor-finder/matcher';
import type { Translation } from '../../translations/translation.js';
import { pickLocalizedText } from '../../utilities/pick-localized-text.js';
import { safePhotoUrl } from '../../utilities/safe-photo-url.js';

export interface MentorCardContext {
  t: Translation;
  locale: string;
  /** The vocabulary labels in `locale`. */
  labels: VocabularyLabelCatalogue;
  /** Whether the contact button is offered; otherwise a "choose" button is. */
  contactEnabled: boolean;
  onContact: (mentor: PublicMentor, trigger: HTMLElement) => void;
  onChoose: (mentor: PublicMentor) => void;
}

function labels(kind: VocabularyKind, ids: readonly string[] | undefined, context: MentorCardContext): string[] {
  return (ids ?? []).map((id) => vocabularyLabelIn(context.labels, kind, id, context.locale));
}

function renderList(title: string, items: string[]): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return html`<div class="facts-row"><dt>${title}</dt><dd>${items.join(', ')}</dd></div>`;
}

function renderAvailability(mentor: PublicMentor, t: Translation): TemplateResult {
  const closed = (text: string) => html`<p class="availability availability--closed" part="availability">${text}</p>`;
  if (!mentor.capacity.acceptingRequests) return closed(t.notAccepting);
  // Public records carry only whether places are free, never how many: no count is shown.
  if (freePlaces(mentor) <= 0) return closed(t.full);
  if (mentor.takesRequests === false) return closed(t.notTakingHere);
  const days = mentor.usuallyAnswersWithinDays;
  return html`<p class="availability availability--open" part="availability">${t.takingRequests}</p>${
    Number.isInteger(days) && days! > 0 ? html`<p class="reply-time" part="reply-time">${t.answersWithin(days!)}</p>` : nothing
  }`;
}

/** A record without `takesRequests` (older servers) is judged by its capacity alone. */
function isOpen(mentor: PublicMentor): boolean {
  return mentor.takesRequests !== false && mentor.capacity.acceptingRequests && freePlaces(mentor) > 0;
}

function languageLine(mentor: PublicMentor, context: MentorCardContext): string[] {
  return mentor.languages.map(
    (skill) => `${vocabularyLabelIn(context.labels, 'language', skill.code, context.locale)} (${skill.level === 'native' ? context.t.levelNative : skill.level})`,
  );
}

/** How the mentor meets, the town named for meeting in person. */
function meetingLine(mentor: PublicMentor, context: MentorCardContext): string[] {
  const area = mentor.availability?.inPersonArea?.trim();
  return (mentor.availability?.meetingModes ?? []).map((mode) => {
    const label = vocabularyLabelIn(context.labels, 'meetingMode', mode, context.locale);
    return mode === 'in-person' && area ? `${label} (${area})` : label;
  });
}

/**
 * One mentor. Every value is bound as text, so markup in the data shows literally; `extra`
 * carries the match view's fit and reasons.
 */
export function renderMentorCard(mentor: PublicMentor, context: MentorCardContext, extra?: TemplateResult): TemplateResult {
  const { t, locale } = context;
  const bio = pickLocalizedText(mentor.bio, locale);
  const photo = safePhotoUrl(mentor.photoUrl);
  const place = [mentor.region, vocabularyLabelIn(context.labels, 'country', mentor.country, locale)].filter(Boolean).join(', ');
  const topics = labels('topic', mentor.topics, context);
  return html`<article class="card" part="card" tabindex="-1" aria-labelledby="name-${mentor.id}">
    <div class="card-header">
      ${photo ? html`<img class="photo" part="photo" src=${photo} alt="" width="64" height="64" loading="lazy" decoding="async" referrerpolicy="no-referrer" />` : nothing}
      <div>
        <h3 class="name" part="name" id="name-${mentor.id}">${mentor.displayName}</h3>
        <p class="place" part="place">${place}</p>
      </div>
    </div>
    ${extra ?? nothing}
    ${renderAvailability(mentor, t)}
    <dl class="facts">
      ${renderList(t.cardLanguages, languageLine(mentor, context))}
      ${renderList(t.cardMeeting, meetingLine(mentor, context))}
      ${renderList(t.cardSubjects, labels('subject', mentor.subjects, context))}
      ${renderList(t.cardSchoolLevels, labels('schoolLevel', mentor.schoolLevels, context))}
    </dl>
    ${topics.length > 0
      ? html`<div class="topics"><p class="topics-title">${t.cardTopics}</p><ul class="tags">${topics.map((topic) => html`<li class="tag" part="tag">${topic}</li>`)}</ul></div>`
      : nothing}
    ${bio ? html`<p class="bio" part="bio" lang=${bio.lang}>${bio.text}</p>` : nothing}
    <div class="card-actions">
      ${!isOpen(mentor)
        ? nothing
        : context.contactEnabled
        ? html`<button class="button button--primary" part="button contact-button" type="button" @click=${(event: Event) => context.onContact(mentor, event.currentTarget as HTMLElement)}>${t.contactMentor(mentor.displayName)}</button>`
        : html`<button class="button" part="button choose-button" type="button" @click=${() => context.onChoose(mentor)}>${t.chooseMentor(mentor.displayName)}</button>`}
    </div>
  </article>`;
}

/** Mentors' cards as a list; `extras` gives each card's match view part. */
export function renderMentorList(mentors: readonly PublicMentor[], context: MentorCardContext, extras?: (mentor: PublicMentor, index: number) => TemplateResult): TemplateResult {
  return html`<ul class="list" part="list">
    ${mentors.map((mentor, index) => html`<li>${renderMentorCard(mentor, context, extras?.(mentor, index))}</li>`)}
  </ul>`;
}

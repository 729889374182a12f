import { html, nothing, type TemplateResult } from 'lit';
import { LANGUAGE_LEVELS, SCHOOL_LEVELS, type FitLabel, type MentorFacets, type PublicMentor, type RankedMentor } from '@mentor-finder/matcher';
import type { Translation } from '../../translations/translation.js';
import { formatPercent } from '../../utilities/format-percent.js';
import type { FinderMatchController, FormatReason, MatchForm } from './finder-match-controller.js';
import type { LabelKind } from './finder-filters.template.js';

/** Words for the matcher's fit labels; without known goals only the score is shown. */
const FIT_WORDS: Partial<Record<FitLabel, (t: Translation) => string>> = {
  'very-good': (t) => t.fitStrong,
  good: (t) => t.fitGood,
  fair: (t) => t.fitPossible,
  poor: (t) => t.fitPossible,
};
const TOP_REASONS = 3;

export interface MatchViewContext {
  t: Translation;
  locale: string;
  facets: MentorFacets;
  match: FinderMatchController;
  /** How many result cards to show. */
  shown: number;
  onSubmit: (event: Event) => void;
  labelOptions: (kind: LabelKind, values: readonly string[], selected: string) => TemplateResult[];
  renderList: (mentors: readonly PublicMentor[], extras: (mentor: PublicMentor, index: number) => TemplateResult) => TemplateResult;
  renderShowMore: (visible: number, total: number) => TemplateResult | typeof nothing;
}

function renderForm(c: MatchViewContext): TemplateResult {
  const { t, facets, match } = c;
  const form = match.current;
  const languages = facets.languages.map((facet) => facet.value);
  if (!languages.includes(form.language)) languages.push(form.language);
  const levels = (selected: string): TemplateResult[] =>
    LANGUAGE_LEVELS.map((level) => html`<option value=${level} ?selected=${level === selected}>${level === 'native' ? t.levelNative : level}</option>`);
  const onInput = (id: keyof MatchForm) => (event: Event) => match.input(id, (event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value);
  const select = (id: keyof MatchForm, label: string, options: TemplateResult[], withNone = false): TemplateResult => html`<div class="field">
    <label class="label" part="label" for="match-${id}">${label}</label>
    <select class="input" part="input" id="match-${id}" @change=${onInput(id)}>
      ${withNone ? html`<option value="" ?selected=${form[id] === ''}>${t.selectNone}</option>` : nothing}${options}
    </select>
  </div>`;
  return html`<form class="match-form" @submit=${c.onSubmit}>
    <p>${t.matchIntro}</p>
    <div class="match-grid">
      ${select('language', t.myLanguage, c.labelOptions('language', languages, form.language))}
      ${select('level', t.myLevel, levels(form.level))}
      ${select('language2', t.mySecondLanguage, c.labelOptions('language', languages, form.language2), true)}
      ${select('level2', t.mySecondLevel, levels(form.level2))}
      ${select('schoolLevel', t.mySchoolLevel, c.labelOptions('schoolLevel', SCHOOL_LEVELS, form.schoolLevel), true)}
      ${select('subject', t.mySubject, c.labelOptions('subject', facets.subjects.map((facet) => facet.value), form.subject), true)}
    </div>
    <div class="field">
      <label class="label" part="label" for="match-goals">${t.myGoals}</label>
      <textarea class="input" part="input" id="match-goals" rows="4" maxlength="4000" aria-describedby="match-goals-hint" .value=${form.goals} @input=${onInput('goals')}></textarea>
      <p class="hint" id="match-goals-hint">${t.myGoalsHint}</p>
      ${match.goalsHelp?.render({
        locale: c.locale,
        topics: facets.topics.map((facet) => facet.value),
        picked: match.picked,
        notUnderstood: match.goalsHelp.notUnderstood,
        onToggle: (topic) => match.togglePick(topic),
      })}
    </div>
    <div><button class="button button--primary" part="button button-primary" type="submit" aria-disabled=${match.pending ? 'true' : 'false'}>${t.findMentors}</button></div>
  </form>`;
}

function renderFit(t: Translation, locale: string, entry: RankedMentor, formatReason: FormatReason): TemplateResult {
  const score = entry.result.score;
  // The matcher's label: never above "possible" for a mentor who covers none of the visitor's topics.
  const label = FIT_WORDS[entry.result.fit]?.(t);
  const percent = formatPercent(score, locale);
  const reasons = entry.result.reasons.filter((reason) => reason.effect === 'positive').slice(0, TOP_REASONS);
  return html`<p class="fit" part="fit"><span class="fit-label">${t.fitLabel}:</span> ${label ? `${label} (${percent})` : percent}</p>
    ${reasons.length > 0
      ? html`<div class="reasons"><p class="reasons-title">${t.whyThisMentor}</p>
          <ul class="reasons-list" part="reasons">${reasons.map((reason) => html`<li>${formatReason(reason, locale)}</li>`)}</ul></div>`
      : nothing}`;
}

function renderBlocked(t: Translation, locale: string, entry: RankedMentor, formatReason: FormatReason): TemplateResult {
  const reasons = entry.result.reasons.filter((reason) => reason.effect === 'blocking');
  return html`<li class="blocked">
    <p class="blocked-name">${entry.mentor.displayName}</p>
    <p class="blocked-why"><span class="visually-hidden">${t.whyNot}: </span>${reasons.map((reason) => formatReason(reason, locale)).join(' ')}</p>
  </li>`;
}

function renderResults(c: MatchViewContext, ranked: RankedMentor[], formatReason: FormatReason): TemplateResult {
  const { t, locale } = c;
  const eligible = ranked.filter((entry) => entry.result.eligible);
  const blocked = ranked.filter((entry) => !entry.result.eligible);
  const visible = Math.min(eligible.length, c.shown);
  const shownEntries = eligible.slice(0, visible);
  return html`<section class="match-results" aria-labelledby="match-results-title">
    <h2 class="results-title" id="match-results-title" tabindex="-1" part="results-count">${t.matchResultsCount(eligible.length)}</h2>
    ${eligible.length === 0
      ? html`<p class="state state--empty" part="state">${t.noMatches}</p>`
      : html`<div class="results">${c.renderList(
          shownEntries.map((entry) => entry.mentor as PublicMentor),
          (_mentor, index) => renderFit(t, locale, shownEntries[index] as RankedMentor, formatReason),
        )}${c.renderShowMore(visible, eligible.length)}</div>`}
    ${blocked.length > 0
      ? html`<details class="blocked-group">
          <summary>${t.unavailableHeading(blocked.length)}</summary>
          <ul class="blocked-list">${blocked.slice(0, 200).map((entry) => renderBlocked(t, locale, entry, formatReason))}</ul>
        </details>`
      : nothing}
  </section>`;
}

/** The match view: the visitor's form, then the mentors ranked for it with the fit and its reasons. */
export function renderMatchView(c: MatchViewContext): TemplateResult {
  const results = c.match.results;
  return html`<div class="match">${renderForm(c)}${results ? renderResults(c, results.list, results.formatReason) : nothing}</div>`;
}

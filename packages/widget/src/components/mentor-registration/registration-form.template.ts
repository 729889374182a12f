import { html, nothing, type TemplateResult } from 'lit';
import { COUNTRY_CODES, LANGUAGE_CODES, LANGUAGE_LEVELS, WEEKDAYS, vocabularyLabel, type VocabularyKind } from '@mentor-finder/matcher';
import { writtenIn } from './build-registration.js';
import type { RegistrationDraft } from './registration-draft.js';
import type { RegistrationFormSpec } from './registration-form-spec.js';
import { checkboxField, checkboxGroup, inputField, selectField, textareaField, type FieldContext, type Option } from './registration-fields.template.js';
import type { SectionName } from './translations/registration-translation.js';

export interface FormContext extends FieldContext {
  spec: RegistrationFormSpec;
  draft: RegistrationDraft;
  locale: string;
  /** Updating a stored profile: the address is shown, not editable. */
  updating?: boolean;
}

const sorted = new Map<string, readonly Option[]>();

/**
 * Code lists labelled in the reader's language and sorted by label; computed once per language.
 * Codes the runtime has no name for are left out (a bare code means nothing to the reader); two
 * codes with one name get their codes beside it.
 */
function labelled(kind: 'country' | 'language', codes: readonly string[], locale: string): readonly Option[] {
  const key = `${kind}:${locale}`;
  let options = sorted.get(key);
  if (!options) {
    const collator = new Intl.Collator(locale);
    const named = codes.map((code): Option => [code, vocabularyLabel(kind, code, locale)]).filter(([code, label]) => label.toLowerCase() !== code.toLowerCase());
    const shared = new Set(named.map(([, label]) => label).filter((label, i, all) => all.indexOf(label) !== i));
    options = named
      .map(([code, label]): Option => [code, shared.has(label) ? `${label} (${code})` : label])
      .sort((a, b) => collator.compare(a[1], b[1]) || (a[0] < b[0] ? -1 : 1));
    sorted.set(key, options);
  }
  return options;
}

/** The list, with a code already chosen kept even when it has no name (a stored profile's). */
function withChosen(kind: 'country' | 'language', options: readonly Option[], chosen: string, locale: string): readonly Option[] {
  return chosen && !options.some(([code]) => code === chosen) ? [[chosen, vocabularyLabel(kind, chosen, locale)], ...options] : options;
}

let zones: readonly string[] | undefined;
function timeZones(current: string): readonly string[] {
  zones ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  return current && !zones.includes(current) ? [current, ...zones] : zones;
}

const vocabulary = (kind: VocabularyKind, ids: readonly string[], locale: string): Option[] => ids.map((id): Option => [id, vocabularyLabel(kind, id, locale)]);

function section(context: FormContext, name: SectionName, body: TemplateResult): TemplateResult {
  return html`<section class="section" part="section" aria-labelledby="section-${name}">
    <h3 class="section-title" id="section-${name}">${context.t.section(name)}</h3>
    ${body}
  </section>`;
}

function about(context: FormContext): TemplateResult {
  const { t, draft, spec, locale } = context;
  return section(
    context,
    'about',
    html`<div class="row">
        ${inputField(context, 'givenName', t.givenName, draft.givenName, { required: true, autocomplete: 'given-name', maxlength: 120 })}
        ${inputField(context, 'familyName', t.familyName, draft.familyName, { required: true, autocomplete: 'family-name', maxlength: 120 })}
      </div>
      ${inputField(context, 'email', t.email, draft.email, { required: true, type: 'email', autocomplete: 'email', maxlength: 254, hint: context.updating ? t.emailFixed : spec.kind === 'mentor' ? t.emailHint : t.emailHintReviewed, readonly: context.updating })}
      <div class="row">
        ${selectField(context, 'country', t.country, draft.country, withChosen('country', labelled('country', COUNTRY_CODES, locale), draft.country, locale), { required: true, autocomplete: 'country' })}
        ${inputField(context, 'region', t.region, draft.region, { maxlength: 80, autocomplete: 'address-level1', hint: t.regionHint })}
      </div>
      <div class="row">
        ${selectField(context, 'timezone', t.timezone, draft.timezone, timeZones(draft.timezone).map((zone): Option => [zone, zone.replaceAll('_', ' ')]), { required: true })}
        ${selectField(context, 'role', t.role, draft.role, vocabulary('role', spec.roles, locale), { required: true })}
      </div>
      ${inputField(context, 'yearsInProfession', t.yearsInProfession, draft.yearsInProfession, { required: true, type: 'number', min: 0, max: 60 })}`,
  );
}

function languages(context: FormContext): TemplateResult {
  const { t, draft, locale } = context;
  const levels = LANGUAGE_LEVELS.map((level): Option => [level, t.levelName(level)]);
  return section(
    context,
    'languages',
    html`<p class="hint" id="languages-hint">${t.languagesHint}</p>
      ${context.errors.has('languages') ? html`<p class="field-error" part="field-error" id="languages-error" tabindex="-1">${context.errors.get('languages')}</p>` : nothing}
      ${draft.languages.map(
        (row, index) => html`<div class="row row--removable">
          ${selectField(context, `lang-${index}-code`, t.language(index + 1), row.code, withChosen('language', labelled('language', LANGUAGE_CODES, locale), row.code, locale), { required: true, list: 'languages', index, prop: 'code' })}
          ${selectField(context, `lang-${index}-level`, t.level(index + 1), row.level, levels, { required: true, list: 'languages', index, prop: 'level' })}
          ${draft.languages.length > 1
            ? html`<button class="button remove" part="button" type="button" data-remove="languages" data-index=${index}>${t.removeLanguage(index + 1)}</button>`
            : nothing}
        </div>`,
      )}
      ${draft.languages.length < 10 ? html`<button class="button" part="button" type="button" data-add="languages">${t.addLanguage}</button>` : nothing}`,
  );
}

function expertise(context: FormContext): TemplateResult {
  const { t, draft, spec, locale } = context;
  const mentor = spec.kind === 'mentor';
  return section(
    context,
    'expertise',
    html`${checkboxGroup(context, 'topics', t.topics(spec.kind), draft.topics, vocabulary('topic', spec.topics, locale), { required: mentor, hint: t.topicsHint(spec.kind) })}
      ${spec.subjects.length > 0 ? checkboxGroup(context, 'subjects', t.subjects, draft.subjects, vocabulary('subject', spec.subjects, locale)) : nothing}
      ${spec.schoolLevels.length > 0 ? checkboxGroup(context, 'schoolLevels', t.schoolLevels, draft.schoolLevels, vocabulary('schoolLevel', spec.schoolLevels, locale)) : nothing}
      ${mentor ? html`${textareaField(context, 'bio', t.bio, draft.bio, { required: true, maxlength: 2000, hint: t.bioHint })}${languageOfText(context, 'bioLang', t.textLanguage)}` : nothing}`,
  );
}

function eligibility(context: FormContext): TemplateResult | typeof nothing {
  const { t, draft, spec, locale } = context;
  const parts: TemplateResult[] = [];
  if (spec.etwinningStatus) {
    const statuses = ['not-registered', 'registered', 'one-project', 'several-projects'].map((status): Option => [status, t.etwinningStatusName(status)]);
    parts.push(selectField(context, 'etwinningStatus', t.etwinningStatus, draft.etwinningStatus, statuses, { required: true }));
  }
  if (spec.minYearsOfExperience !== undefined) parts.push(inputField(context, 'yearsOfExperience', t.yearsOfExperience(spec.minYearsOfExperience), draft.yearsOfExperience, { required: true, type: 'number', min: 0, max: 60 }));
  if (spec.minEtwinningProjects !== undefined) parts.push(inputField(context, 'etwinningProjects', t.etwinningProjects(spec.minEtwinningProjects), draft.etwinningProjects, { required: true, type: 'number', min: 0 }));
  if (spec.minNationalQualityLabels !== undefined) parts.push(inputField(context, 'nationalQualityLabels', t.nationalQualityLabels(spec.minNationalQualityLabels), draft.nationalQualityLabels, { required: true, type: 'number', min: 0 }));
  if (spec.certificateTypes) {
    parts.push(html`<div class="row">
      ${selectField(context, 'certificateType', t.certificateType, draft.certificateType, vocabulary('role', spec.certificateTypes, locale), { required: true })}
      ${inputField(context, 'certificateValidUntil', t.certificateValidUntil, draft.certificateValidUntil, { required: true, type: 'date' })}
    </div>`);
  }
  if (spec.mentorTraining) {
    parts.push(checkboxField(context, 'trainingCompleted', t.trainingCompleted, draft.trainingCompleted));
    if (draft.trainingCompleted) parts.push(inputField(context, 'trainingCompletedOn', t.trainingCompletedOn, draft.trainingCompletedOn, { type: 'date' }));
  }
  if (spec.membership) parts.push(inputField(context, 'membershipPaidUntil', t.membershipPaidUntil(spec.membership), draft.membershipPaidUntil, { required: true, type: 'date' }));
  if (spec.goalsSet) parts.push(checkboxField(context, 'goalsSet', t.goalsSet, draft.goalsSet));
  if (spec.participationFeePaid) parts.push(checkboxField(context, 'participationFeePaid', t.participationFeePaid, draft.participationFeePaid));
  if (parts.length === 0 && spec.rules.length === 0) return nothing;
  return section(context, 'eligibility', html`${programmeRules(context)}<p class="hint">${t.eligibilityHint}</p>${parts}`);
}

/** The rules a registration is checked against, stated before anything is sent. */
function programmeRules(context: FormContext): TemplateResult | typeof nothing {
  const { t, spec, locale } = context;
  if (spec.rules.length === 0) return nothing;
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const worded = spec.rules.map((rule) =>
    t.rule({
      name: rule.name,
      ...(rule.value !== undefined ? { value: rule.value } : {}),
      ...(rule.on ? { date: dates.format(new Date(`${rule.on}T00:00:00Z`)) } : {}),
      ...(rule.types ? { labels: rule.types.map((type) => vocabularyLabel('role', type, locale)) } : {}),
      ...(rule.organisation ? { organisation: rule.organisation } : {}),
    }),
  );
  return html`<div class="rules" part="rules" id="programme-rules">
    <p class="label" id="programme-rules-title">${t.rulesTitle}</p>
    <ul aria-labelledby="programme-rules-title">${worded.map((text) => html`<li>${text}</li>`)}</ul>
    <p class="hint">${t.rulesHint}</p>
  </div>`;
}

function availability(context: FormContext): TemplateResult {
  const { t, draft, spec, locale } = context;
  const days = WEEKDAYS.map((day): Option => [day, t.dayName(day)]);
  const inPerson = draft.meetingModes.includes('in-person');
  return section(
    context,
    'availability',
    html`${spec.kind === 'mentor'
        ? inputField(context, 'maxMentees', t.maxMentees, draft.maxMentees, { required: true, type: 'number', min: 1, max: spec.capacity.max, hint: t.maxMenteesHint(spec.capacity.recommended, spec.capacity.max) })
        : nothing}
      <div class="row">
        ${inputField(context, 'from', t.availableFrom, draft.from, { required: true, type: 'date' })}
        ${inputField(context, 'to', t.availableTo, draft.to, { required: true, type: 'date' })}
      </div>
      ${checkboxGroup(context, 'meetingModes', t.meetingModes, draft.meetingModes, vocabulary('meetingMode', spec.meetingModes, locale), { required: true })}
      ${inPerson ? inputField(context, 'inPersonArea', t.inPersonArea, draft.inPersonArea, { maxlength: 80 }) : nothing}
      ${spec.kind === 'mentee' ? checkboxField(context, 'sameCountryOnly', t.sameCountryOnly, draft.sameCountryOnly) : nothing}
      <h4 class="label">${t.weekly}</h4>
      <p class="hint">${t.weeklyHint}</p>
      ${draft.weekly.map(
        (slot, index) => html`<div class="row row--slot">
          ${selectField(context, `slot-${index}-day`, t.day(index + 1), slot.day, days, { required: true, list: 'weekly', index, prop: 'day' })}
          ${inputField(context, `slot-${index}-start`, t.start(index + 1), slot.start, { required: true, type: 'time', list: 'weekly', index, prop: 'start' })}
          ${inputField(context, `slot-${index}-end`, t.end(index + 1), slot.end, { required: true, type: 'time', list: 'weekly', index, prop: 'end' })}
          <button class="button remove" part="button" type="button" data-remove="weekly" data-index=${index}>${t.removeSlot(index + 1)}</button>
        </div>`,
      )}
      <button class="button" part="button" type="button" data-add="weekly">${t.addSlot}</button>`,
  );
}

/**
 * The language a text beside it is written in: the form's or one the person listed. Stored with the
 * text, so that screen readers read it in that language (and goals are read for topics in it).
 */
function languageOfText(context: FormContext, id: 'bioLang' | 'goalsLang', label: string): TemplateResult {
  const chosen = writtenIn(context.draft[id], context.locale);
  const codes = [...new Set([chosen, ...context.draft.languages.map((row) => row.code).filter(Boolean)])];
  return selectField(context, id, label, chosen, vocabulary('language', codes, context.locale), { required: true });
}

function goals(context: FormContext): TemplateResult | typeof nothing {
  const { t, draft, spec } = context;
  if (spec.kind !== 'mentee') return nothing;
  return section(
    context,
    'goals',
    html`${textareaField(context, 'goals', t.goals, draft.goals, { required: true, maxlength: 4000, hint: t.goalsHint })}
      ${languageOfText(context, 'goalsLang', t.textLanguage)}`,
  );
}

/** Every section the programme asks for, in order; consent and the send button follow in the element. */
export function registrationSections(context: FormContext): TemplateResult {
  return html`${about(context)}${languages(context)}${goals(context)}${expertise(context)}${eligibility(context)}${availability(context)}`;
}

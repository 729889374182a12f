import { validateMentees, validateMentors, type Programme, type ValidationError } from '@mentor-finder/matcher';
import { WIDGET_VERSION } from '../../version.js';
import type { RegistrationDraft } from './registration-draft.js';
import type { RegistrationFormSpec } from './registration-form-spec.js';
import type { ConsentName, RegistrationKind } from './translations/registration-translation.js';

/** The consents a kind asks for; the first is required to register, the others are choices. */
export const CONSENTS: Readonly<Record<RegistrationKind, readonly ConsentName[]>> = Object.freeze({
  mentor: ['privacy', 'publishProfile', 'contactRequests'],
  mentee: ['matching', 'shareWithMentor'],
});

/** What is POSTed to the endpoint: the record as the schemas define it, and how consent was given. */
export interface RegistrationRequest {
  kind: RegistrationKind;
  programmeId: string;
  /** A full Mentor or Mentee record; the server sets its own id, status and times on storing it. */
  record: Record<string, unknown>;
  consent: {
    noticeVersion: string;
    privacyUrl?: string;
    lang: string;
    givenAt: string;
    /** The words of each consent given, as shown, in the form's language. */
    texts: Partial<Record<ConsentName, string>>;
  };
  client: { locale: string; widgetVersion: string };
  idempotencyKey: string;
  /** Honeypot; must be empty. */
  hp: string;
}

export interface BuildContext {
  kind: RegistrationKind;
  programme: Programme;
  spec: RegistrationFormSpec;
  draft: RegistrationDraft;
  consents: ReadonlySet<ConsentName>;
  consentTexts: Partial<Record<ConsentName, string>>;
  noticeVersion: string;
  privacyUrl: string;
  locale: string;
  now: Date;
  honeypot: string;
}

/** Removes undefined members (deeply), so a missing value is reported as `required`. */
function defined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(defined) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined).map(([key, item]) => [key, defined(item)])) as T;
  }
  return value;
}

const text = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
/** '' stays missing and '2.5' stays a non-integer, so the schema names the problem. */
const count = (value: string): number | undefined => (value.trim() === '' || !Number.isFinite(Number(value)) ? undefined : Number(value));

/** "Given F." as the domain model publishes names. */
export function displayNameOf(givenName: string, familyName: string): string {
  const given = givenName.trim();
  const initial = [...familyName.trim()][0];
  return initial ? `${given} ${initial.toLocaleUpperCase()}.` : given;
}

function common(context: BuildContext): Record<string, unknown> {
  const { draft, spec, programme, kind } = context;
  return {
    id: `${kind}-${draft.idempotencyKey.toLowerCase()}`,
    programmeId: programme.id,
    displayName: displayNameOf(draft.givenName, draft.familyName),
    country: text(draft.country),
    region: text(draft.region),
    timezone: text(draft.timezone),
    languages: draft.languages.map((row) => ({ code: text(row.code), level: text(row.level) })),
    role: text(draft.role),
    subjects: spec.subjects.length > 0 ? draft.subjects.filter((id) => spec.subjects.includes(id)) : undefined,
    schoolLevels: spec.schoolLevels.length > 0 ? draft.schoolLevels.filter((id) => spec.schoolLevels.includes(id)) : undefined,
    topics: draft.topics.filter((id) => spec.topics.includes(id)),
  };
}

function personal(context: BuildContext): Record<string, unknown> {
  const { draft, spec } = context;
  return {
    givenName: text(draft.givenName),
    familyName: text(draft.familyName),
    email: text(draft.email),
    membership: spec.membership ? { organisation: spec.membership, paidUntil: text(draft.membershipPaidUntil) } : undefined,
  };
}

function mentorRecord(context: BuildContext): Record<string, unknown> {
  const { draft, spec, consents, now, locale } = context;
  const modes = draft.meetingModes.filter((mode) => spec.meetingModes.includes(mode));
  const given = now.toISOString();
  const etwinning = spec.minEtwinningProjects !== undefined || spec.minNationalQualityLabels !== undefined;
  return {
    ...common(context),
    // Not published until the address is confirmed and a coordinator approves.
    status: 'paused',
    bio: text(draft.bio) ? { [writtenIn(draft.bioLang, locale)]: draft.bio.trim() } : {},
    experience: {
      yearsInProfession: count(draft.yearsInProfession),
      etwinning: etwinning
        ? {
            projects: spec.minEtwinningProjects !== undefined ? count(draft.etwinningProjects) : undefined,
            nationalQualityLabels: spec.minNationalQualityLabels !== undefined ? count(draft.nationalQualityLabels) : undefined,
          }
        : undefined,
    },
    eligibility: {
      yearsOfExperience: spec.minYearsOfExperience !== undefined ? count(draft.yearsOfExperience) : count(draft.yearsInProfession),
      certificates: spec.certificateTypes ? [{ type: text(draft.certificateType), validUntil: text(draft.certificateValidUntil) }] : undefined,
      mentorTraining: { completed: spec.mentorTraining && draft.trainingCompleted, completedOn: spec.mentorTraining && draft.trainingCompleted ? text(draft.trainingCompletedOn) : undefined },
    },
    capacity: { maxMentees: count(draft.maxMentees), currentMentees: 0, acceptingRequests: consents.has('contactRequests') },
    availability: {
      from: text(draft.from),
      to: text(draft.to),
      weekly: draft.weekly.map((slot) => ({ day: text(slot.day), start: text(slot.start), end: text(slot.end) })),
      meetingModes: modes,
      inPersonArea: modes.includes('in-person') ? text(draft.inPersonArea) : undefined,
    },
    private: {
      ...personal(context),
      consent: { publishProfile: consents.has('publishProfile'), contactRequests: consents.has('contactRequests'), givenAt: given, noticeVersion: context.noticeVersion },
      createdAt: given,
      updatedAt: given,
    },
  };
}

function menteeRecord(context: BuildContext): Record<string, unknown> {
  const { draft, spec, consents, now, locale } = context;
  const modes = draft.meetingModes.filter((mode) => spec.meetingModes.includes(mode));
  const given = now.toISOString();
  return {
    ...common(context),
    experience: {
      yearsInProfession: count(draft.yearsInProfession),
      etwinning: spec.etwinningStatus ? { status: text(draft.etwinningStatus) } : undefined,
    },
    goals: { text: draft.goals.trim(), lang: writtenIn(draft.goalsLang, locale) },
    preferences: { meetingModes: modes, sameCountryOnly: draft.sameCountryOnly, inPersonArea: modes.includes('in-person') ? text(draft.inPersonArea) : undefined },
    availability: {
      from: text(draft.from),
      to: text(draft.to),
      weekly: draft.weekly.map((slot) => ({ day: text(slot.day), start: text(slot.start), end: text(slot.end) })),
    },
    eligibility: spec.goalsSet || spec.participationFeePaid ? { goalsSet: draft.goalsSet, participationFeePaid: draft.participationFeePaid } : undefined,
    private: {
      ...personal(context),
      consent: { matching: consents.has('matching'), shareWithMentor: consents.has('shareWithMentor'), givenAt: given, noticeVersion: context.noticeVersion },
      submittedAt: given,
    },
  };
}

/** The request the form sends, built from the draft; nothing is checked here. */
export function buildRegistration(context: BuildContext): RegistrationRequest {
  const record = defined(context.kind === 'mentor' ? mentorRecord(context) : menteeRecord(context));
  const texts = Object.fromEntries(Object.entries(context.consentTexts).filter(([name]) => context.consents.has(name as ConsentName)));
  return {
    kind: context.kind,
    programmeId: context.programme.id,
    record,
    consent: defined({
      noticeVersion: context.noticeVersion,
      privacyUrl: context.privacyUrl || undefined,
      lang: context.locale,
      givenAt: context.now.toISOString(),
      texts,
    }),
    client: { locale: context.locale, widgetVersion: WIDGET_VERSION },
    idempotencyKey: context.draft.idempotencyKey,
    hp: context.honeypot,
  };
}

/**
 * The record checked by the matcher's validators (the same JSON Schemas a server applies), with
 * pointers into the record, and the eTwinning numbers the programme's rules ask for (`spec`), which
 * the schema leaves optional: so every empty field to fill is named in one round. Whether a number
 * is enough is the server's rule check, worded with the rule.
 */
export function validateRegistration(request: RegistrationRequest, spec?: RegistrationFormSpec): ValidationError[] {
  const { errors } = request.kind === 'mentor' ? validateMentors([request.record]) : validateMentees([request.record]);
  const own = errors.map((error) => ({ ...error, path: error.path.replace(/^\/0(?=\/|$)/, '') }));
  return request.kind === 'mentor' && spec ? [...own, ...etwinningRuleErrors(request.record, spec)] : own;
}

function etwinningRuleErrors(record: Record<string, unknown>, spec: RegistrationFormSpec): ValidationError[] {
  const experience = (record['experience'] ?? {}) as { etwinning?: Record<string, unknown> };
  const given = experience.etwinning ?? {};
  const asked = [['projects', spec.minEtwinningProjects], ['nationalQualityLabels', spec.minNationalQualityLabels]] as const;
  return asked
    .filter(([name, limit]) => limit !== undefined && given[name] === undefined)
    .map(([name]) => ({ path: `/experience/etwinning/${name}`, code: 'required', field: name, message: `experience.etwinning.${name}: the programme's rules ask for it` }));
}

/** The language a text is written in: as chosen beside it, else the form's (its base code, as records store languages). */
export function writtenIn(chosen: string, locale: string): string {
  return chosen || (locale.split('-')[0] ?? locale).toLowerCase();
}

const FIELD_PATHS: readonly (readonly [RegExp, string | ((match: RegExpExecArray) => string)])[] = [
  [/^\/private\/(givenName|familyName|email)$/, (m) => m[1]!],
  // The public name is made from the given name and the family name's initial.
  [/^\/displayName$/, 'givenName'],
  [/^\/private\/membership(\/paidUntil)?$/, 'membershipPaidUntil'],
  [/^\/(country|region|timezone|role|subjects|schoolLevels|topics)(\/\d+)?$/, (m) => m[1]!],
  [/^\/languages\/(\d+)\/(code|level)$/, (m) => `lang-${m[1]}-${m[2]}`],
  [/^\/languages(\/\d+)?$/, 'languages'],
  [/^\/bio(\/.*)?$/, 'bio'],
  [/^\/experience\/yearsInProfession$/, 'yearsInProfession'],
  [/^\/experience\/etwinning\/(projects|nationalQualityLabels)$/, (m) => (m[1] === 'projects' ? 'etwinningProjects' : 'nationalQualityLabels')],
  [/^\/experience\/etwinning(\/status)?$/, 'etwinningStatus'],
  [/^\/capacity\/maxMentees$/, 'maxMentees'],
  [/^\/availability\/(from|to|inPersonArea)$/, (m) => m[1]!],
  [/^\/availability\/weekly\/(\d+)\/(day|start|end)$/, (m) => `slot-${m[1]}-${m[2]}`],
  [/^\/(availability|preferences)\/meetingModes(\/\d+)?$/, 'meetingModes'],
  [/^\/preferences\/inPersonArea$/, 'inPersonArea'],
  [/^\/eligibility\/yearsOfExperience$/, 'yearsOfExperience'],
  [/^\/eligibility\/certificates\/\d+\/(type|validUntil)$/, (m) => (m[1] === 'type' ? 'certificateType' : 'certificateValidUntil')],
  [/^\/eligibility\/mentorTraining\/completedOn$/, 'trainingCompletedOn'],
  // Where the server's programme-rule refusals point.
  [/^\/eligibility\/mentorTraining(\/completed)?$/, 'trainingCompleted'],
  [/^\/eligibility\/certificates$/, 'certificateType'],
  [/^\/eligibility\/(goalsSet|participationFeePaid)$/, (m) => m[1]!],
  [/^\/goals\/text$/, 'goals'],
  [/^\/goals\/lang$/, 'goalsLang'],
];

/** Paths the form fills from other fields: their errors are shown where nothing more direct is. */
const DERIVED_PATHS = /^\/(displayName|eligibility\/yearsOfExperience)$/;

/** The errors with those of derived paths last, so a field's own error is the one it shows. */
export function ownErrorsFirst(errors: readonly ValidationError[]): ValidationError[] {
  return [...errors.filter((e) => !DERIVED_PATHS.test(e.path)), ...errors.filter((e) => DERIVED_PATHS.test(e.path))];
}

/** Fields the form fills from another when a programme does not ask for them (years of experience: years in the profession). */
const FILLED_FROM: Readonly<Record<string, string>> = { yearsOfExperience: 'yearsInProfession' };

/**
 * The form field an error belongs to (its element id), or undefined for one no field shows. A field
 * the form does not show (`shown` false) hands its error to the field it is filled from.
 */
export function fieldOfError(error: ValidationError, shown: (id: string) => boolean = () => true): string | undefined {
  const path = error.path;
  for (const [pattern, field] of FIELD_PATHS) {
    const match = pattern.exec(path);
    if (!match) continue;
    const id = typeof field === 'string' ? field : field(match);
    return shown(id) ? id : (FILLED_FROM[id] ?? id);
  }
  return undefined;
}

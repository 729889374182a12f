import { pickLocalizedText } from '../../utilities/pick-localized-text.js';
import { emptyDraft, type RegistrationDraft } from './registration-draft.js';
import type { StoredProfile } from './profile-controller.js';
import type { ConsentName } from './translations/registration-translation.js';

type Data = Record<string, unknown>;

const object = (value: unknown): Data => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {});
const text = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
const rows = (value: unknown): Data[] => (Array.isArray(value) ? value.map(object) : []);

/** The form's fields filled from a stored mentor record; the bio in the form's language (else its first). */
export function draftFromProfile(profile: StoredProfile, locale: string): RegistrationDraft {
  const record = profile.record;
  const personal = object(record.private);
  const experience = object(record.experience);
  const etwinning = object(experience.etwinning);
  const eligibility = object(record.eligibility);
  const certificate = rows(eligibility.certificates)[0] ?? {};
  const training = object(eligibility.mentorTraining);
  const availability = object(record.availability);
  const shown = pickLocalizedText(record.bio as Record<string, string> | undefined, locale);
  return emptyDraft({
    givenName: text(personal.givenName),
    familyName: text(personal.familyName),
    email: profile.email,
    country: text(record.country),
    region: text(record.region),
    timezone: text(record.timezone),
    role: text(record.role),
    yearsInProfession: text(experience.yearsInProfession),
    languages: rows(record.languages).map((row) => ({ code: text(row.code), level: text(row.level) })),
    subjects: strings(record.subjects),
    schoolLevels: strings(record.schoolLevels),
    topics: strings(record.topics),
    bio: shown?.text ?? '',
    bioLang: shown?.lang ?? '',
    maxMentees: text(object(record.capacity).maxMentees),
    from: text(availability.from),
    to: text(availability.to),
    weekly: rows(availability.weekly).map((slot) => ({ day: text(slot.day), start: text(slot.start), end: text(slot.end) })),
    meetingModes: strings(availability.meetingModes),
    inPersonArea: text(availability.inPersonArea),
    yearsOfExperience: text(eligibility.yearsOfExperience),
    certificateType: text(certificate.type),
    certificateValidUntil: text(certificate.validUntil),
    trainingCompleted: training.completed === true,
    trainingCompletedOn: text(training.completedOn),
    etwinningProjects: text(etwinning.projects),
    nationalQualityLabels: text(etwinning.nationalQualityLabels),
    membershipPaidUntil: text(object(personal.membership).paidUntil),
  });
}

/** The privacy notice version the stored consent was given for; undefined when none is recorded. */
export function acceptedNoticeVersion(profile: StoredProfile | undefined): string | undefined {
  const version = object(object(profile?.record.private).consent).noticeVersion;
  return typeof version === 'string' && version !== '' ? version : undefined;
}

/**
 * The consents the stored record holds. The privacy notice counts only if it was accepted in the
 * version offered now: a changed notice must be read and accepted again.
 */
export function consentsFromProfile(profile: StoredProfile, offeredVersion: string): Set<ConsentName> {
  const consent = object(object(profile.record.private).consent);
  const given = new Set<ConsentName>();
  if (acceptedNoticeVersion(profile) === offeredVersion) given.add('privacy');
  if (consent.publishProfile === true) given.add('publishProfile');
  // Requests paused (from a request mail) show as the box unticked; ticking it takes them again.
  if (consent.contactRequests === true && object(profile.record.capacity).acceptingRequests !== false) given.add('contactRequests');
  return given;
}

/**
 * The record to save: the form's fields over the stored record, so what the form does not show
 * (bios in other languages, more certificates, eTwinning history, key competences) is kept.
 * A field the form owns and left empty stays empty. The bio goes under the language chosen beside
 * it (the one it was shown in, unless the mentor changed it).
 */
export function mergeProfile(stored: Data, built: Data): Data {
  const merged: Data = { ...stored, ...built };
  for (const key of ['region', 'subjects', 'schoolLevels']) if (!(key in built)) delete merged[key];
  const experience = { ...object(stored.experience), ...object(built.experience) };
  const etwinning = { ...object(object(stored.experience).etwinning), ...object(object(built.experience).etwinning) };
  if (Object.keys(etwinning).length > 0) experience.etwinning = etwinning;
  merged.experience = experience;
  const storedEligibility = object(stored.eligibility);
  const builtEligibility = object(built.eligibility);
  const certificates = rows(builtEligibility.certificates);
  merged.eligibility = {
    ...storedEligibility,
    ...builtEligibility,
    // The form edits the first certificate; the others stay as they were.
    ...(certificates.length > 0 ? { certificates: [...certificates, ...rows(storedEligibility.certificates).slice(1)] } : {}),
  };
  // The form shows one bio; the others stay as they were, whatever language the mentor picks.
  merged.bio = { ...object(stored.bio), ...object(built.bio) };
  const storedPrivate = object(stored.private);
  merged.private = { ...storedPrivate, ...object(built.private), ...(storedPrivate.createdAt ? { createdAt: storedPrivate.createdAt } : {}) };
  return merged;
}

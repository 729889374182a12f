// @ts-check
import { CAREER_TOPICS, checkMenteeRules, checkMentorRules, ETWINNING_TOPICS, MEETING_MODES, relationshipDates, SCHOOL_LEVELS, SUBJECTS, TOPIC_VOCABULARIES } from '@mentor-finder/matcher';
import { registrationText } from './registration-messages.js';

/**
 * @typedef {import('@mentor-finder/matcher').Mentor} Mentor
 * @typedef {import('@mentor-finder/matcher').Mentee} Mentee
 * @typedef {import('@mentor-finder/matcher').Programme} Programme
 * @typedef {import('@mentor-finder/matcher').Reason} Reason
 * @typedef {import('./registration-store.js').RegistrationKind} RegistrationKind
 * @typedef {{ code: string, field: string, path: string, message: string, params?: Record<string, unknown> }} RuleError
 */

/** Where in the record each blocking rule reason points, so the form can show it at its field. */
const RULE_PATHS = Object.freeze({
  'rule-min-years': '/eligibility/yearsOfExperience',
  'rule-min-projects': '/experience/etwinning/projects',
  'rule-min-quality-labels': '/experience/etwinning/nationalQualityLabels',
  'rule-training': '/eligibility/mentorTraining/completed',
  'rule-membership': '/private/membership/paidUntil',
  'mentee-rule-goals': '/eligibility/goalsSet',
  'mentee-rule-fee': '/eligibility/participationFeePaid',
  'mentee-rule-membership': '/private/membership/paidUntil',
});

/**
 * The lists a programme offers, as the registration form builds them (`registrationFormSpec` in
 * the widget): a vocabulary the server does not know is not checked, since organisers may add their own.
 * @param {Programme} programme
 * @returns {{ topics?: readonly string[], subjects: readonly string[], schoolLevels: readonly string[], meetingModes: readonly string[] }}
 */
export function programmeOffers(programme) {
  const vocabularies = programme.vocabularies ?? {};
  const named = vocabularies.topics;
  const topics = named === undefined ? (programme.kind === 'association' ? CAREER_TOPICS : ETWINNING_TOPICS) : /** @type {Record<string, readonly string[]>} */ (TOPIC_VOCABULARIES)[named];
  return {
    ...(topics ? { topics } : {}),
    subjects: vocabularies.subjects ? SUBJECTS : [],
    schoolLevels: vocabularies.schoolLevels ? SCHOOL_LEVELS : [],
    meetingModes: programme.meetingModes?.length ? programme.meetingModes : MEETING_MODES,
  };
}

/**
 * Checks a schema-valid registration against its programme: what it picks must be in the
 * programme's vocabularies and within its capacity, and it must pass the programme's rules for
 * its kind (the matcher's own rule checks, on the programme's relationship dates). A rule the
 * record cannot be checked against (`rule-unchecked`) is left to the coordinator.
 * @param {RegistrationKind} kind
 * @param {Mentor | Mentee} record
 * @param {Programme} programme
 * @param {string} lang the language the messages are worded in
 * @returns {RuleError[]}
 */
export function checkProgrammeRules(kind, record, programme, lang) {
  /** @type {RuleError[]} */
  const errors = [];
  const add = (/** @type {string} */ code, /** @type {string} */ path, /** @type {Record<string, unknown>} */ params = {}) =>
    errors.push({ code, field: path.slice(1).replace(/\/\d+$/, '').replaceAll('/', '.'), path, message: registrationText(lang, /** @type {any} */ (`refusal.${code}`), wordParams(params)), params });

  const offers = programmeOffers(programme);
  const modes = kind === 'mentor' ? /** @type {Mentor} */ (record).availability?.meetingModes : /** @type {Mentee} */ (record).preferences?.meetingModes;
  const lists = /** @type {const} */ ([
    ['topics', record.topics, offers.topics],
    ['subjects', record.subjects, offers.subjects],
    ['schoolLevels', record.schoolLevels, offers.schoolLevels],
    [kind === 'mentor' ? 'availability/meetingModes' : 'preferences/meetingModes', modes, offers.meetingModes],
  ]);
  for (const [name, picked, offered] of lists) {
    if (!offered || !Array.isArray(picked)) continue;
    picked.forEach((value, index) => {
      if (!offered.includes(value)) add('not-offered', `/${name}/${index}`, { value, allowed: [...offered] });
    });
  }

  const max = programme.capacity?.maxMentees;
  const wanted = kind === 'mentor' ? /** @type {Mentor} */ (record).capacity?.maxMentees : undefined;
  if (typeof max === 'number' && typeof wanted === 'number' && wanted > max) add('maximum', '/capacity/maxMentees', { limit: max, actual: wanted });

  const dates = relationshipDates({ programme });
  const reasons = kind === 'mentor' ? checkMentorRules(/** @type {Mentor} */ (record), programme.mentorRules, dates) : checkMenteeRules(/** @type {Mentee} */ (record), programme.menteeRules, dates);
  for (const reason of reasons) {
    if (reason.effect !== 'blocking') continue;
    add(reason.code, reason.code === 'rule-certificate' ? certificatePath(/** @type {Mentor} */ (record), reason) : /** @type {Record<string, string>} */ (RULE_PATHS)[reason.code] ?? '/eligibility', { ...reason.params });
  }
  return errors;
}

/**
 * The certificate a refusal is about: the newest one of a wanted type (its date is wrong), else
 * the first listed (its type is wrong), else the list.
 * @param {Mentor} record
 * @param {Reason} reason
 */
function certificatePath(record, reason) {
  const certificates = record.eligibility?.certificates ?? [];
  const types = Array.isArray(reason.params?.types) ? reason.params.types : [];
  let newest = -1;
  certificates.forEach((cert, index) => {
    if (types.includes(cert.type) && (newest < 0 || String(cert.validUntil) > String(certificates[newest]?.validUntil))) newest = index;
  });
  if (newest >= 0) return `/eligibility/certificates/${newest}/validUntil`;
  return certificates.length > 0 ? '/eligibility/certificates/0/type' : '/eligibility/certificates';
}

/** @param {Record<string, unknown>} params */
function wordParams(params) {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value.join(', ') : String(value)]));
}

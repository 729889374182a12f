// The JSON Schemas and the TypeScript model describe the same records.
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  CAPACITY_STATUSES,
  CERTIFICATE_TYPES,
  ETWINNING_STATUSES,
  LANGUAGE_LEVELS,
  MEETING_MODES,
  MENTOR_STATUSES,
  PAIR_STATES,
  PROGRAMME_KINDS,
  REASON_EFFECTS,
  ROLES,
  SCHOOL_LEVELS,
  WEEKDAYS,
} from '../model/index.js';
import type {
  Consent,
  ContactRequest,
  EtwinningRecord,
  LanguageSkill,
  Membership,
  Mentee,
  MenteePreferences,
  MenteePrivate,
  Mentor,
  MentorAvailability,
  MentorEligibility,
  MentorPrivate,
  Pair,
  Programme,
  PublicMentor,
  Reason,
  Rule,
  WeeklySlot,
} from '../model/index.js';
import { VALIDATION_FORMATS } from './formats.js';
import { PROGRAMME_RULE_NAMES } from './programme-rule-names.js';

type Json = Record<string, any>;
/** Each key of T marked required or optional, exactly as the type declares it; tsc keeps these honest. */
type Presence<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? 'optional' : 'required' };
const shape = <T>(presence: Presence<T>): Record<string, 'required' | 'optional'> => presence as Record<string, 'required' | 'optional'>;

const DIR = new URL('../../schemas/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.schema.json'));
const schemas: Record<string, Json> = Object.fromEntries(files.map((f) => [f, JSON.parse(readFileSync(new URL(f, DIR), 'utf8'))]));

/** Follows $ref (same file or a sibling file) until a node without one. */
function resolve(node: Json, file: string): [Json, string] {
  let [current, at] = [node, file];
  while (typeof current.$ref === 'string') {
    const [target, fragment = ''] = (current.$ref as string).split('#');
    at = target === '' ? at : target!;
    current = fragment.split('/').filter(Boolean).reduce<Json>((n, key) => n[key], schemas[at]!);
  }
  return [current, at];
}

/** The object schema at a path of property names from a schema file's root. */
function locate(file: string, path: string[]): [Json, string] {
  let [node, at] = resolve(schemas[file]!, file);
  for (const key of path) [node, at] = resolve(key === '[]' ? node.items : node.properties[key], at);
  return [node, at];
}

const objectAt = (file: string, ...path: string[]): Json => locate(file, path)[0];

function expectShape(node: Json, presence: Record<string, string>): void {
  expect(Object.keys(node.properties).sort()).toEqual(Object.keys(presence).sort());
  const required = Object.keys(presence).filter((k) => presence[k] === 'required');
  expect([...(node.required ?? [])].sort()).toEqual(required.sort());
  expect(node.additionalProperties).toBe(false);
}

function enumAt(file: string, ...path: string[]): unknown[] {
  const parent = path.slice(0, -1);
  const last = path[path.length - 1]!;
  const [parentNode, parentAt] = locate(file, parent);
  const [node, at] = resolve(parentNode.properties[last], parentAt);
  return node.enum ?? resolve(node.items, at)[0].enum;
}

describe('JSON Schemas', () => {
  it('are 2020-12 schemas with an $id each, and compile in strict mode', () => {
    expect(files.sort()).toEqual(
      ['contact-request', 'defs', 'mentee', 'mentor', 'pair', 'programme', 'public-mentor'].map((n) => `${n}.schema.json`),
    );
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, discriminator: true });
    for (const name of Object.keys(VALIDATION_FORMATS)) ajv.addFormat(name, () => true);
    for (const [file, schema] of Object.entries(schemas)) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://mentor-finder.dev/schemas/v1/${file}`);
      ajv.addSchema(schema);
    }
    for (const schema of Object.values(schemas)) expect(() => ajv.getSchema(schema.$id)).not.toThrow();
  });

  it('use only formats the validators implement', () => {
    const used = new Set<string>();
    JSON.stringify(schemas, (key, value) => (key === 'format' && typeof value === 'string' ? (used.add(value), value) : value));
    expect([...used].sort()).toEqual(Object.keys(VALIDATION_FORMATS).sort());
  });

  it('Mentor and its parts match the model types', () => {
    const f = 'mentor.schema.json';
    expectShape(objectAt(f), shape<Mentor>({
      id: 'required', programmeId: 'required', status: 'required', displayName: 'required', country: 'required',
      region: 'optional', timezone: 'required', languages: 'required', role: 'required', subjects: 'optional',
      schoolLevels: 'optional', topics: 'required', keyCompetences: 'optional', bio: 'required', photoUrl: 'optional',
      experience: 'required', eligibility: 'required', capacity: 'required', availability: 'required', private: 'required',
    }));
    expectShape(objectAt(f, 'private'), shape<MentorPrivate>({
      givenName: 'required', familyName: 'required', email: 'required', membership: 'optional', consent: 'required',
      conflictsWith: 'optional', coordinatorNotes: 'optional', createdAt: 'required', updatedAt: 'required',
    }));
    expectShape(objectAt(f, 'capacity'), shape<Mentor['capacity']>({ maxMentees: 'required', currentMentees: 'required', acceptingRequests: 'required' }));
    expectShape(objectAt(f, 'availability'), shape<MentorAvailability>({
      from: 'required', to: 'required', weekly: 'optional', meetingModes: 'required', inPersonArea: 'optional',
    }));
    expectShape(objectAt(f, 'eligibility'), shape<MentorEligibility>({ yearsOfExperience: 'required', certificates: 'optional', mentorTraining: 'required' }));
    expectShape(objectAt(f, 'eligibility', 'mentorTraining'), shape<MentorEligibility['mentorTraining']>({ completed: 'required', completedOn: 'optional' }));
    expectShape(objectAt(f, 'eligibility', 'certificates', '[]'), shape<NonNullable<MentorEligibility['certificates']>[number]>({ type: 'required', validUntil: 'required' }));
    expectShape(objectAt(f, 'experience'), shape<Mentor['experience']>({ yearsInProfession: 'required', etwinning: 'optional' }));
    expectShape(objectAt(f, 'experience', 'etwinning'), shape<EtwinningRecord>({
      sinceYear: 'optional', projects: 'optional', nationalQualityLabels: 'optional', europeanQualityLabels: 'optional', ambassador: 'optional',
    }));
    expectShape(objectAt(f, 'languages', '[]'), shape<LanguageSkill>({ code: 'required', level: 'required' }));
    expectShape(objectAt(f, 'availability', 'weekly', '[]'), shape<WeeklySlot>({ day: 'required', start: 'required', end: 'required' }));
    expectShape(objectAt(f, 'private', 'consent'), shape<Consent>({
      publishProfile: 'optional', contactRequests: 'optional', matching: 'optional', shareWithMentor: 'optional', givenAt: 'required', noticeVersion: 'required',
    }));
    expectShape(objectAt(f, 'private', 'membership'), shape<Membership>({ organisation: 'required', paidUntil: 'required' }));
  });

  it('PublicMentor is Mentor without private, with capacity.status and the two contact fields', () => {
    const f = 'public-mentor.schema.json';
    const { private: _private, ...rest } = objectAt('mentor.schema.json').properties;
    const added = ['takesRequests', 'usuallyAnswersWithinDays'];
    expect(Object.keys(objectAt(f).properties).sort()).toEqual([...Object.keys(rest), ...added].sort());
    expectShape(objectAt(f), shape<PublicMentor>({
      id: 'required', programmeId: 'required', status: 'required', displayName: 'required', country: 'required',
      region: 'optional', timezone: 'required', languages: 'required', role: 'required', subjects: 'optional',
      schoolLevels: 'optional', topics: 'required', keyCompetences: 'optional', bio: 'required', photoUrl: 'optional',
      experience: 'required', eligibility: 'required', capacity: 'required', availability: 'required',
      takesRequests: 'optional', usuallyAnswersWithinDays: 'optional',
    }));
    expectShape(objectAt(f, 'capacity'), shape<PublicMentor['capacity']>({ maxMentees: 'required', status: 'required', acceptingRequests: 'required' }));
    expect(JSON.stringify(schemas[f])).not.toMatch(/"email"|"phone"|\/Email"|\/MentorPrivate"/);
  });

  it('Mentee and its parts match the model types', () => {
    const f = 'mentee.schema.json';
    expectShape(objectAt(f), shape<Mentee>({
      id: 'required', programmeId: 'required', displayName: 'required', country: 'required', region: 'optional',
      timezone: 'required', languages: 'required', role: 'required', subjects: 'optional', schoolLevels: 'optional',
      experience: 'required', goals: 'required', topics: 'optional', preferences: 'required', availability: 'required',
      eligibility: 'optional', private: 'required',
    }));
    expectShape(objectAt(f, 'experience'), shape<Mentee['experience']>({ yearsInProfession: 'required', etwinning: 'optional' }));
    expectShape(objectAt(f, 'experience', 'etwinning'), shape<NonNullable<Mentee['experience']['etwinning']>>({ status: 'required', projects: 'optional' }));
    expectShape(objectAt(f, 'goals'), shape<Mentee['goals']>({ text: 'required', lang: 'required' }));
    expectShape(objectAt(f, 'preferences'), shape<MenteePreferences>({
      meetingModes: 'required', sameCountryOnly: 'optional', preferredMentorIds: 'optional', excludedMentorIds: 'optional', inPersonArea: 'optional',
    }));
    expectShape(objectAt(f, 'availability'), shape<Mentee['availability']>({ from: 'required', to: 'required', weekly: 'required' }));
    expectShape(objectAt(f, 'eligibility'), shape<NonNullable<Mentee['eligibility']>>({ goalsSet: 'required', participationFeePaid: 'required' }));
    expectShape(objectAt(f, 'private'), shape<MenteePrivate>({
      givenName: 'required', familyName: 'required', email: 'required', membership: 'optional', consent: 'required', submittedAt: 'required', coordinatorNotes: 'optional',
    }));
  });

  it('Programme and its rules match the model types', () => {
    const f = 'programme.schema.json';
    type Opt<T> = NonNullable<T>;
    expectShape(objectAt(f), shape<Programme>({
      id: 'required', kind: 'required', name: 'required', organiser: 'optional', period: 'required', relationshipWindow: 'required',
      minMeetings: 'optional', meetingModes: 'optional', capacity: 'optional', vocabularies: 'optional', mentorRules: 'optional',
      menteeRules: 'optional', endingRules: 'optional', feedback: 'optional', contact: 'optional', retention: 'optional',
    }));
    expectShape(objectAt(f, 'organiser'), shape<Opt<Programme['organiser']>>({ name: 'required', country: 'optional' }));
    expectShape(objectAt(f, 'period'), shape<Programme['period']>({ from: 'required', to: 'required' }));
    expectShape(objectAt(f, 'relationshipWindow'), shape<Programme['relationshipWindow']>({ from: 'required', to: 'required' }));
    expectShape(objectAt(f, 'capacity'), shape<Opt<Programme['capacity']>>({ recommendedMaxMentees: 'optional', maxMentees: 'optional' }));
    expectShape(objectAt(f, 'vocabularies'), shape<Opt<Programme['vocabularies']>>({ topics: 'optional', subjects: 'optional', schoolLevels: 'optional', roles: 'optional' }));
    expectShape(objectAt(f, 'endingRules'), shape<Opt<Programme['endingRules']>>({ eitherPartyMayEnd: 'optional' }));
    expectShape(objectAt(f, 'feedback'), shape<Opt<Programme['feedback']>>({ collectAt: 'optional' }));
    expectShape(objectAt(f, 'contact'), shape<Opt<Programme['contact']>>({ allowPublicContactRequests: 'optional', maxMessageLength: 'optional', replyWindowDays: 'optional' }));
    expectShape(objectAt(f, 'retention'), shape<Opt<Programme['retention']>>({
      contactRequestsDays: 'optional', menteeRecordsMonthsAfterEnd: 'optional', profileReconfirmMonths: 'optional',
    }));
    const variants: Json[] = objectAt(f, 'mentorRules', '[]').oneOf;
    expect(variants.map((v) => v.properties.rule.const)).toEqual([...PROGRAMME_RULE_NAMES]);
    const rules: { [N in Rule['rule']]: Record<string, string> } = {
      minYearsOfExperience: shape<Extract<Rule, { rule: 'minYearsOfExperience' }>>({ rule: 'required', value: 'required' }),
      certificateAnyOf: shape<Extract<Rule, { rule: 'certificateAnyOf' }>>({ rule: 'required', types: 'required', validOn: 'required' }),
      mentorTrainingCompleted: shape<Extract<Rule, { rule: 'mentorTrainingCompleted' }>>({ rule: 'required' }),
      membershipPaidOn: shape<Extract<Rule, { rule: 'membershipPaidOn' }>>({ rule: 'required', date: 'required' }),
      goalsSet: shape<Extract<Rule, { rule: 'goalsSet' }>>({ rule: 'required' }),
      participationFeePaid: shape<Extract<Rule, { rule: 'participationFeePaid' }>>({ rule: 'required' }),
      minEtwinningProjects: shape<Extract<Rule, { rule: 'minEtwinningProjects' }>>({ rule: 'required', value: 'required' }),
      minNationalQualityLabels: shape<Extract<Rule, { rule: 'minNationalQualityLabels' }>>({ rule: 'required', value: 'required' }),
    };
    for (const variant of variants) expectShape(variant, rules[variant.properties.rule.const as Rule['rule']]);
  });

  it('ContactRequest matches the model type, with idempotencyKey and sender.school', () => {
    const f = 'contact-request.schema.json';
    expectShape(objectAt(f), shape<ContactRequest>({
      mentorId: 'required', programmeId: 'required', sender: 'required', message: 'required', topics: 'optional',
      consent: 'required', client: 'optional', idempotencyKey: 'optional', hp: 'optional',
    }));
    expectShape(objectAt(f, 'sender'), shape<ContactRequest['sender']>({
      name: 'required', email: 'required', country: 'optional', role: 'optional', languages: 'optional', school: 'optional',
    }));
    expectShape(objectAt(f, 'message'), shape<ContactRequest['message']>({ text: 'required', lang: 'optional' }));
    expectShape(objectAt(f, 'consent'), shape<ContactRequest['consent']>({ privacyNoticeAccepted: 'required', noticeVersion: 'required' }));
    expectShape(objectAt(f, 'client'), shape<NonNullable<ContactRequest['client']>>({ locale: 'optional', widgetVersion: 'optional' }));
    expect(objectAt(f, 'message').properties.text).toMatchObject({ minLength: 20, maxLength: 2000 });
    expect(objectAt(f, 'consent').properties.privacyNoticeAccepted).toEqual({ const: true });
    expect(objectAt(f).properties.hp).toMatchObject({ type: 'string', maxLength: 0 });
  });

  it('Pair matches the model type', () => {
    const f = 'pair.schema.json';
    expectShape(objectAt(f), shape<Pair>({
      mentorId: 'required', menteeId: 'required', score: 'required', reasons: 'required', pinned: 'required',
      forbidden: 'required', state: 'required', endedBy: 'optional', meetingsHeld: 'optional',
    }));
    type PairReason = Pick<Reason, 'code' | 'params'> & Partial<Pick<Reason, 'effect'>>;
    expectShape(objectAt(f, 'reasons', '[]'), shape<PairReason>({ code: 'required', effect: 'optional', params: 'optional' }));
  });

  it('closed value lists equal the model constants', () => {
    const m = 'mentor.schema.json';
    expect(enumAt(m, 'status')).toEqual([...MENTOR_STATUSES]);
    expect(enumAt(m, 'role')).toEqual([...ROLES]);
    expect(enumAt(m, 'schoolLevels')).toEqual([...SCHOOL_LEVELS]);
    expect(enumAt(m, 'languages', '[]', 'level')).toEqual([...LANGUAGE_LEVELS]);
    expect(enumAt(m, 'availability', 'weekly', '[]', 'day')).toEqual([...WEEKDAYS]);
    expect(enumAt(m, 'availability', 'meetingModes')).toEqual([...MEETING_MODES]);
    expect(enumAt(m, 'eligibility', 'certificates', '[]', 'type')).toEqual([...CERTIFICATE_TYPES]);
    expect(enumAt('public-mentor.schema.json', 'capacity', 'status')).toEqual([...CAPACITY_STATUSES]);
    expect(enumAt('mentee.schema.json', 'experience', 'etwinning', 'status')).toEqual([...ETWINNING_STATUSES]);
    expect(enumAt('programme.schema.json', 'kind')).toEqual([...PROGRAMME_KINDS]);
    expect(enumAt('pair.schema.json', 'state')).toEqual([...PAIR_STATES]);
    expect(enumAt('pair.schema.json', 'reasons', '[]', 'effect')).toEqual([...REASON_EFFECTS]);
  });

  it('ids, dates, codes and time zones follow the domain conventions', () => {
    const defs = schemas['defs.schema.json']!.$defs;
    expect(defs.Id.pattern).toBe('^[a-z0-9][a-z0-9-]{0,63}$');
    expect(defs.IsoDate).toMatchObject({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', format: 'date' });
    expect(defs.CountryCode).toMatchObject({ pattern: '^[A-Z]{2}$', format: 'iso3166-1-alpha2' });
    expect(defs.LanguageCode).toMatchObject({ pattern: '^[a-z]{2}$', format: 'iso639-1' });
    const tz = new RegExp(defs.TimeZone.pattern, 'u');
    for (const name of ['Europe/Kyiv', 'Europe/Kiev', 'UTC', 'Etc/GMT+2', 'America/Port-au-Prince']) expect(tz.test(name), name).toBe(true);
    for (const name of ['', 'Europe/', '/Kyiv', 'Europe Kyiv', 'Europe/Kyiv/Centre/Old']) expect(tz.test(name), name).toBe(false);
    expect(defs.LocalizedText).toMatchObject({ minProperties: 1, additionalProperties: { maxLength: 2000 } });
  });
});

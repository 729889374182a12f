// @ts-check
import { describe, expect, it } from 'vitest';
import { buildCoordinatorTestApp } from '../coordinator/testing/coordinator-test-context.js';
import { MENTORS, PROGRAMMES } from '../testing/test-app.js';
import { checkProgrammeRules, programmeOffers } from './check-programme-rules.js';
import { careerRegistration, MENTEES, mentorRegistration, postRegistration } from './testing/registration-fixtures.js';

const programme = (/** @type {string} */ id) => /** @type {import('@mentor-finder/matcher').Programme} */ (PROGRAMMES.find((p) => p.id === id));
const ETWINNING = programme('etwinning-mentors-2026');
const CAREER = programme('career-mentoring-2025-26');
const sample = (/** @type {string} */ id) => /** @type {any} */ (structuredClone([...MENTORS, ...MENTEES].find((p) => p.id === id)));

describe('checkProgrammeRules', () => {
  it('passes every eligible sample person and refuses the ineligible ones with the matcher’s code at the field', () => {
    for (const id of ['m-ee-01', 'm-lv-02', 'm-cc-01', 'm-cc-04']) expect(checkProgrammeRules('mentor', sample(id), programme(sample(id).programmeId), 'en'), id).toEqual([]);
    const refusal = (/** @type {'mentor' | 'mentee'} */ kind, /** @type {string} */ id) => checkProgrammeRules(kind, sample(id), CAREER, 'en').map((e) => [e.code, e.path]);
    expect(refusal('mentor', 'm-cc-05')).toEqual([['rule-certificate', '/eligibility/certificates/0/validUntil']]);
    expect(refusal('mentor', 'm-cc-06')).toEqual([['rule-min-years', '/eligibility/yearsOfExperience']]);
    expect(refusal('mentor', 'm-cc-07')).toEqual([['rule-training', '/eligibility/mentorTraining/completed']]);
    expect(refusal('mentor', 'm-cc-08')).toEqual([['rule-membership', '/private/membership/paidUntil']]);
    expect(refusal('mentee', 'e-cc-09')).toEqual([['mentee-rule-goals', '/eligibility/goalsSet']]);
    expect(refusal('mentee', 'e-cc-10')).toEqual([['mentee-rule-fee', '/eligibility/participationFeePaid']]);
    expect(refusal('mentee', 'e-cc-11')).toEqual([['mentee-rule-membership', '/private/membership/paidUntil']]);
  });

  it('keeps the rule’s params and words them in the registration’s language', () => {
    const [en] = checkProgrammeRules('mentor', sample('m-cc-06'), CAREER, 'en');
    expect(en).toMatchObject({ code: 'rule-min-years', field: 'eligibility.yearsOfExperience', params: { required: 5, actual: 3 } });
    expect(en?.message).toBe('The programme asks for at least 5 years of experience; the registration says 3.');
    const words = ['et', 'fi', 'lt', 'lv'].map((lang) => checkProgrammeRules('mentor', sample('m-cc-06'), CAREER, lang)[0]?.message);
    for (const text of words) {
      expect(text).toContain('5');
      expect(text).not.toBe(en?.message);
    }
    expect(new Set(words).size).toBe(4);
    const [certificate] = checkProgrammeRules('mentor', sample('m-cc-05'), CAREER, 'et');
    expect(certificate?.message).toContain('2026-01-05');
  });

  it('refuses what the programme does not offer: a topic of another vocabulary, subjects and levels where it has none, a meeting mode, too many mentees', () => {
    const mentor = sample('m-cc-01');
    mentor.topics = ['labour-market', 'partner-finding'];
    mentor.subjects = ['history'];
    mentor.schoolLevels = ['primary'];
    mentor.availability.meetingModes = ['video', 'chat'];
    mentor.capacity.maxMentees = 3;
    const errors = checkProgrammeRules('mentor', mentor, CAREER, 'en');
    expect(errors.map((e) => [e.code, e.path])).toEqual([
      ['not-offered', '/topics/1'],
      ['not-offered', '/subjects/0'],
      ['not-offered', '/schoolLevels/0'],
      ['not-offered', '/availability/meetingModes/1'],
      ['maximum', '/capacity/maxMentees'],
    ]);
    expect(errors[0]?.message).toBe('The programme does not offer “partner-finding” here.');
    expect(errors[4]?.params).toEqual({ limit: 2, actual: 3 });
  });

  it('leaves a vocabulary it does not know to the coordinator', () => {
    const custom = { ...CAREER, vocabularies: { topics: 'our-own-list' }, mentorRules: [] };
    const mentor = { ...sample('m-cc-01'), topics: ['anything-at-all'] };
    expect(checkProgrammeRules('mentor', mentor, custom, 'en')).toEqual([]);
    expect(programmeOffers(ETWINNING).schoolLevels.length).toBe(5);
  });
});

describe('POST /api/registrations against the programme’s rules', () => {
  it('422 naming the field and the code, worded in the registration’s language; nothing stored, nothing mailed, no rate-limit allowance spent', async () => {
    const { app, db } = await buildCoordinatorTestApp({ config: { rateLimitMax: 1 } });
    const ineligible = careerRegistration('mentor', {}, { eligibility: { ...sample('m-cc-06').eligibility } });
    const response = await postRegistration(app, { kind: 'mentor', record: ineligible, lang: 'et' });
    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(body).toMatchObject({ code: 'programme-rules', field: 'eligibility.yearsOfExperience' });
    expect(body.errors).toEqual([
      {
        code: 'rule-min-years',
        field: 'eligibility.yearsOfExperience',
        path: '/eligibility/yearsOfExperience',
        params: { required: 5, actual: 3 },
        message: 'Programm nõuab vähemalt 5 aastat kogemust; registreerimisel on märgitud 3.',
      },
    ]);
    const wrongTopic = await postRegistration(app, mentorRegistration({}, { topics: ['labour-market'] }));
    expect(wrongTopic.statusCode).toBe(422);
    expect(wrongTopic.json().errors.map((/** @type {{ path: string }} */ e) => e.path)).toEqual(['/topics/0']);
    expect(db.prepare('SELECT count(*) FROM registrations').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM mail_outbox').pluck().get()).toBe(0);
    // The one allowance of this client is still there for a registration that passes.
    expect((await postRegistration(app, careerRegistration('mentor'))).statusCode).toBe(202);
  });
});

import { expect } from '@open-wc/testing';
import type { Programme } from '@mentor-finder/matcher';
import { displayNameOf, fieldOfError, ownErrorsFirst, validateRegistration, type RegistrationRequest } from './build-registration.js';
import { loadDraft, saveDraft } from './registration-draft.js';
import { registrationFormSpec } from './registration-form-spec.js';

const programmes = async (): Promise<Programme[]> => (await (await fetch('/packages/widget/test/fixtures/programmes.json')).json()) as Programme[];
const error = (path: string, code = 'required') => ({ path, code, field: path.split('/').pop() ?? '', message: '' });

describe('registration building blocks', () => {
  afterEach(() => localStorage.clear());

  it('names the published display name "Given F."', () => {
    expect(displayNameOf(' Mari ', 'maasikas')).to.equal('Mari M.');
    expect(displayNameOf('Ülle', 'õunapuu')).to.equal('Ülle Õ.');
    expect(displayNameOf('Jaan', '')).to.equal('Jaan');
  });

  it('places each validator pointer at its form field', () => {
    expect(fieldOfError(error('/private/email', 'email'))).to.equal('email');
    expect(fieldOfError(error('/languages/1/level'))).to.equal('lang-1-level');
    expect(fieldOfError(error('/languages/2/code', 'duplicate-language'))).to.equal('lang-2-code');
    expect(fieldOfError(error('/availability/weekly/0/end', 'slot-order'))).to.equal('slot-0-end');
    expect(fieldOfError(error('/availability/to', 'date-order'))).to.equal('to');
    expect(fieldOfError(error('/eligibility/certificates/0/validUntil'))).to.equal('certificateValidUntil');
    expect(fieldOfError(error('/private/membership/paidUntil'))).to.equal('membershipPaidUntil');
    expect(fieldOfError(error('/preferences/meetingModes', 'min-items'))).to.equal('meetingModes');
    expect(fieldOfError(error('/bio', 'min-properties'))).to.equal('bio');
    expect(fieldOfError(error('/id', 'pattern'))).to.equal(undefined);
  });

  it('places errors on fields the form fills by itself at the fields they come from', () => {
    expect(fieldOfError(error('/displayName', 'min-length'))).to.equal('givenName');
    expect(fieldOfError(error('/eligibility/yearsOfExperience', 'required'))).to.equal('yearsOfExperience');
    expect(fieldOfError(error('/eligibility/yearsOfExperience', 'required'), (id) => id !== 'yearsOfExperience')).to.equal('yearsInProfession');
    const derived = error('/displayName', 'pattern');
    const own = error('/private/givenName', 'required');
    expect(ownErrorsFirst([derived, own])).to.deep.equal([own, derived]);
  });

  it('asks for the eTwinning numbers the programme’s rules need when they are left empty', async () => {
    const [etwinning] = await programmes();
    const spec = registrationFormSpec(etwinning!, 'mentor');
    const check = (given: Record<string, unknown>) =>
      validateRegistration({ kind: 'mentor', record: { experience: { etwinning: given } } } as unknown as RegistrationRequest, spec)
        .filter((e) => e.path.startsWith('/experience/etwinning/'))
        .map((e) => [e.path, e.code, e.params?.['limit']]);
    expect(check({})).to.deep.equal([['/experience/etwinning/projects', 'required', undefined], ['/experience/etwinning/nationalQualityLabels', 'required', undefined]]);
    // A number too small is for the server's rule check, which words it with the rule.
    expect(check({ projects: 4 })).to.deep.equal([['/experience/etwinning/nationalQualityLabels', 'required', undefined]]);
    expect(check({ projects: 5, nationalQualityLabels: 9 })).to.deep.equal([]);
    expect(validateRegistration({ kind: 'mentor', record: {} } as unknown as RegistrationRequest).some((e) => e.path.startsWith('/experience/etwinning/'))).to.equal(false);
  });

  it('derives the fields from each programme’s rules and vocabularies', async () => {
    const [etwinning, career] = await programmes();
    const mentor = registrationFormSpec(etwinning!, 'mentor');
    expect(mentor).to.include({ minEtwinningProjects: 5, minNationalQualityLabels: 2, mentorTraining: false, goalsSet: false });
    expect(mentor.capacity).to.deep.equal({ recommended: 2, max: 3 });
    expect(mentor.roles).to.include('teacher').and.not.include('hr-manager');
    expect(mentor.certificateTypes).to.equal(undefined);
    const mentee = registrationFormSpec(career!, 'mentee');
    expect(mentee).to.include({ goalsSet: true, participationFeePaid: true, etwinningStatus: false, membership: "Sample Career Counsellors' Association" });
    expect(mentee.subjects).to.deep.equal([]);
    expect(mentee.roles).to.include('career-counsellor').and.not.include('teacher');
    expect(registrationFormSpec(etwinning!, 'mentee').etwinningStatus).to.equal(true);
  });

  it('reads a damaged or older stored draft field by field, keeping the defaults for the rest', () => {
    localStorage.setItem('mentor-finder:registration:x', JSON.stringify({ givenName: 'Mari', topics: ['twinspace', 7], languages: 'en', weekly: [{ day: 'tue', start: 9 }], consent: true }));
    const draft = loadDraft('x', { timezone: 'Europe/Tallinn' });
    expect(draft.givenName).to.equal('Mari');
    expect(draft.topics).to.deep.equal(['twinspace']);
    expect(draft.languages).to.deep.equal([{ code: '', level: '' }]);
    expect(draft.weekly).to.deep.equal([{ day: 'tue', start: '', end: '' }]);
    expect(draft.timezone).to.equal('Europe/Tallinn');
    expect(draft).not.to.have.property('consent');
    localStorage.setItem('mentor-finder:registration:y', '{not json');
    expect(loadDraft('y').givenName).to.equal('');
    saveDraft('z', draft);
    expect(loadDraft('z').idempotencyKey).to.equal(draft.idempotencyKey);
  });
});

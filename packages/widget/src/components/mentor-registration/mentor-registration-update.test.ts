import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { validateMentors } from '@mentor-finder/matcher';
import { deepActiveElement, shadow } from '../../../test/helpers.js';
import type { RegistrationRequest } from './build-registration.js';
import type { MentorRegistration } from './mentor-registration.component.js';
import './mentor-registration.js';

const PROGRAMMES = '/packages/widget/test/fixtures/programmes.json';
const PROFILE_URL = '/__profile__/r-1';
const SAVE_URL = '/__profile__/r-1/save';

/** A stored mentor profile as `GET /api/profile` answers: the record without its address. */
function storedProfile() {
  return {
    id: 'r-1',
    kind: 'mentor',
    programmeId: 'etwinning-mentors-2026',
    lang: 'lv',
    email: 'janis.liepins@example.org',
    paused: false,
    record: {
      id: 'r-1',
      programmeId: 'etwinning-mentors-2026',
      status: 'paused',
      displayName: 'Jānis L.',
      country: 'LV',
      region: 'Vidzeme',
      timezone: 'Europe/Riga',
      languages: [
        { code: 'lv', level: 'native' },
        { code: 'en', level: 'B2' },
      ],
      role: 'teacher',
      subjects: ['informatics-ict', 'technology'],
      schoolLevels: ['primary', 'lower-secondary'],
      topics: ['digital-tools', 'stem', 'twinspace'],
      keyCompetences: ['digital'],
      bio: { lv: 'Datorikas skolotājs, robotika un programmēšana.', en: 'Computing teacher: robotics and programming.' },
      experience: { yearsInProfession: 9, etwinning: { sinceYear: 2019, projects: 6, nationalQualityLabels: 2, europeanQualityLabels: 0, ambassador: false } },
      eligibility: { yearsOfExperience: 9, certificates: [], mentorTraining: { completed: true, completedOn: '2024-05-16' } },
      capacity: { maxMentees: 1, currentMentees: 0, acceptingRequests: true },
      availability: { from: '2026-01-05', to: '2026-06-12', weekly: [{ day: 'wed', start: '15:00', end: '17:00' }], meetingModes: ['video'] },
      private: {
        givenName: 'Jānis',
        familyName: 'Liepiņš',
        consent: { publishProfile: true, contactRequests: true, givenAt: '2025-09-03T09:12:00Z', noticeVersion: '2025-08' },
        createdAt: '2025-09-03T09:12:00Z',
        updatedAt: '2025-09-03T09:12:00Z',
      },
    },
  };
}

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The profile endpoint of a server, in the page: GET gives the profile, POST answers with `answer` (one per save). */
function stubServer(answers: Response[] = [], profile: Response = json(200, storedProfile())) {
  const original = window.fetch;
  const saves: RegistrationRequest[] = [];
  window.fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.endsWith(PROFILE_URL) && (init?.method ?? 'GET') === 'GET') return profile.clone();
    if (url.endsWith(SAVE_URL) && init?.method === 'POST') {
      saves.push(JSON.parse(String(init.body)) as RegistrationRequest);
      return answers.shift() ?? json(200, { id: 'r-1', status: 'saved' });
    }
    return original(input, init);
  };
  return { saves, restore: () => (window.fetch = original) };
}

async function profileForm(lang = 'en', privacyVersion = '2025-08'): Promise<MentorRegistration> {
  const element = await fixture<MentorRegistration>(
    html`<mentor-registration kind="mentor" programme="etwinning-mentors-2026" src=${PROGRAMMES} profile-src=${PROFILE_URL} endpoint=${SAVE_URL} lang=${lang} privacy-version=${privacyVersion}></mentor-registration>`,
  );
  await waitUntil(() => shadow(element).querySelector('form, [part~="state"][role="alert"]'), 'the profile form never rendered');
  return element;
}

function get<T extends HTMLElement = HTMLInputElement>(element: MentorRegistration, selector: string): T {
  const found = shadow(element).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

function type(element: MentorRegistration, id: string, value: string): void {
  const field = get<HTMLInputElement | HTMLTextAreaElement>(element, `#${id}`);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('<mentor-registration profile-src> (a mentor updating their profile)', () => {
  let server: ReturnType<typeof stubServer>;
  afterEach(() => {
    server?.restore();
    localStorage.clear();
  });

  it('is filled from the stored record, the address shown but not editable, the consents as given; accessible', async () => {
    server = stubServer();
    const element = await profileForm();
    expect(get(element, '[part~="title"]').textContent).to.equal('Your mentor profile');
    expect(get(element, '#givenName').value).to.equal('Jānis');
    expect(get(element, '#familyName').value).to.equal('Liepiņš');
    const email = get(element, '#email');
    expect(email.value).to.equal('janis.liepins@example.org');
    expect(email.readOnly).to.equal(true);
    expect(get(element, 'label[for="email"]').textContent?.trim(), 'neither required nor optional').to.equal('E-mail address');
    expect(get(element, '#email-hint').textContent).to.contain('cannot be changed here');
    expect(get(element, '#country').value).to.equal('LV');
    expect(get(element, '#lang-1-code').value).to.equal('en');
    expect(get(element, '#lang-1-level').value).to.equal('B2');
    const topics = [...shadow(element).querySelectorAll<HTMLInputElement>('#topics input:checked')].map((box) => box.dataset.value);
    expect(topics).to.deep.equal(['twinspace', 'digital-tools', 'stem']);
    expect(get(element, '#bio').value).to.equal('Computing teacher: robotics and programming.');
    expect(get(element, '#etwinningProjects').value).to.equal('6');
    expect(get(element, '#slot-0-day').value).to.equal('wed');
    expect(get(element, '#consent-privacy').checked).to.equal(true);
    expect(get(element, '#consent-publishProfile').checked).to.equal(true);
    expect(get(element, '#consent-contactRequests').checked).to.equal(true);
    expect(get(element, 'button[type="submit"]').textContent?.trim()).to.equal('Save my profile');
    expect(shadow(element).querySelector('.notice-changed'), 'the notice accepted is the one offered').to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('shows requests paused from a request mail as the box unticked; ticking it saves them as taken again', async () => {
    const paused = storedProfile();
    paused.record.capacity.acceptingRequests = false;
    server = stubServer([], json(200, paused));
    const element = await profileForm();
    expect(get(element, '#consent-contactRequests').checked).to.equal(false);
    get(element, '#consent-contactRequests').click();
    get(element, 'button[type="submit"]').click();
    await waitUntil(() => server.saves.length === 1, 'no save');
    const record = server.saves[0]!.record as { capacity: { acceptingRequests: boolean }; private: { consent: Record<string, unknown> } };
    expect(record.capacity.acceptingRequests).to.equal(true);
    expect(record.private.consent['contactRequests']).to.equal(true);
  });

  it('asks again for the privacy notice when it changed since the mentor accepted it, and saves the new version', async () => {
    server = stubServer();
    const element = await profileForm('en', '2026-12');
    const privacy = get(element, '#consent-privacy');
    expect(privacy.checked, 'not ticked for a notice never accepted').to.equal(false);
    expect(get(element, '#consent-publishProfile').checked).to.equal(true);
    expect(get(element, '.notice-changed').textContent).to.equal(
      'You accepted version 2025-08 of the privacy notice; it has changed since. Please read it and tick the box again.',
    );
    get(element, 'button[type="submit"]').click();
    await waitUntil(() => shadow(element).querySelector('#consent-privacy-error'), 'no error for the unticked notice');
    expect(server.saves).to.have.length(0);
    privacy.click();
    get(element, 'button[type="submit"]').click();
    await waitUntil(() => shadow(element).querySelector('[part~="confirmation"]'), 'no saved message');
    const record = server.saves[0]!.record as { private: { consent: Record<string, unknown> } };
    expect(record.private.consent).to.include({ noticeVersion: '2026-12', publishProfile: true });
    await expect(element).to.be.accessible();
  });

  it('when the notice changed while the page was open, keeps the edits, asks for the new notice, and saves it', async () => {
    server = stubServer([
      json(409, {
        code: 'notice-changed',
        noticeVersion: '2026-12',
        errors: [{ code: 'consent', field: 'privacy', path: '/consent/privacy', message: 'The privacy notice is now version 2026-12.' }],
      }),
    ]);
    const element = await profileForm('en', '2025-08');
    type(element, 'region', 'Vidzemes reģions');
    get(element, 'button[type="submit"]').click();
    await waitUntil(() => shadow(element).querySelector('#consent-privacy-error'), 'the refusal is not shown at the privacy box');
    expect(get(element, '#consent-privacy-error').textContent).to.equal('Tick this box to save your profile.');
    expect(server.saves[0]!.consent.noticeVersion).to.equal('2025-08');
    const privacy = get(element, '#consent-privacy');
    expect(privacy.checked, 'the old acceptance does not count').to.equal(false);
    expect(get(element, '.notice-changed').textContent).to.contain('You accepted version 2025-08');
    expect(get(element, '#section-consent').parentElement?.textContent).to.contain('2026-12');
    expect(get(element, '#region').value, 'the edit is kept').to.equal('Vidzemes reģions');
    privacy.click();
    get(element, 'button[type="submit"]').click();
    await waitUntil(() => shadow(element).querySelector('[part~="confirmation"]'), 'no saved message');
    const record = server.saves[1]!.record as { region: string; private: { consent: Record<string, unknown> } };
    expect(record.private.consent).to.include({ noticeVersion: '2026-12' });
    expect(record.region).to.equal('Vidzemes reģions');
  });

  it('keeps a refusal it cannot place on a field as a failed send, with its message', async () => {
    server = stubServer([json(400, { code: 'invalid-registration', errors: [{ message: 'no path, no code' }] })]);
    const element = await profileForm();
    get(element, 'button[type="submit"]').click();
    await waitUntil(() => get(element, '[part~="alert"]').textContent?.trim(), 'nothing said');
    expect(get(element, '[part~="alert"]').textContent).to.contain('did not accept');
    expect(get(element, 'button[type="submit"]').textContent?.trim()).to.equal('Try again');
  });

  it('speaks the mentor’s language and shows the bio written in it', async () => {
    server = stubServer();
    const element = await profileForm('lv');
    expect(get(element, '[part~="title"]').textContent).to.equal('Jūsu mentora profils');
    expect(get(element, '#bio').value).to.equal('Datorikas skolotājs, robotika un programmēšana.');
    expect(get<HTMLSelectElement>(element, '#bioLang').value, 'the bio shown says its language').to.equal('lv');
  });

  it('saves the bio under the language the mentor says it is in, keeping the bios in other languages', async () => {
    server = stubServer();
    const element = await profileForm();
    expect(get<HTMLSelectElement>(element, '#bioLang').value).to.equal('en');
    // The English form showed the English bio; the mentor rewrites it in Latvian and says so.
    type(element, 'bio', 'Datorikas skolotājs: robotika, programmēšana un TwinSpace.');
    type(element, 'bioLang', 'lv');
    get(element, 'button[type="submit"]').click();
    await waitUntil(() => server.saves.length === 1, 'not saved');
    expect((server.saves[0]!.record as Record<string, any>).bio).to.deep.equal({
      lv: 'Datorikas skolotājs: robotika, programmēšana un TwinSpace.',
      en: 'Computing teacher: robotics and programming.',
    });
  });

  it('saves a record the validators accept, keeping what the form does not show; stays open for a second save; keeps nothing in the browser', async () => {
    server = stubServer();
    const element = await profileForm();
    type(element, 'region', 'Vidzemes reģions');
    type(element, 'bio', 'Computing teacher: robotics, programming and TwinSpace.');
    get(element, 'button[type="submit"]').click();
    await waitUntil(() => shadow(element).querySelector('[part~="confirmation"]'), 'no saved message');
    const saved = get(element, '[part~="confirmation"]');
    expect(saved.getAttribute('role')).to.equal('status');
    expect(saved.textContent).to.contain('Your profile is saved');
    expect(deepActiveElement()).to.equal(saved);
    expect(server.saves).to.have.length(1);
    const record = server.saves[0]!.record as Record<string, any>;
    expect(validateMentors([{ ...record, private: { ...record.private, email: 'janis.liepins@example.org' } }]).errors).to.deep.equal([]);
    expect(record.region).to.equal('Vidzemes reģions');
    expect(record.bio).to.deep.equal({ lv: 'Datorikas skolotājs, robotika un programmēšana.', en: 'Computing teacher: robotics, programming and TwinSpace.' });
    expect(record.keyCompetences).to.deep.equal(['digital']);
    expect(record.experience.etwinning).to.include({ sinceYear: 2019, projects: 6, ambassador: false });
    expect(record.private.consent).to.include({ publishProfile: true, contactRequests: true, noticeVersion: '2025-08' });
    expect(record.private.createdAt).to.equal('2025-09-03T09:12:00Z');

    // A typo fixed afterwards: the form is still there and saves again.
    type(element, 'region', 'Vidzeme');
    await element.updateComplete;
    expect(Boolean(shadow(element).querySelector('[part~="confirmation"]')), 'saved message left after a change').to.equal(false);
    get(element, 'button[type="submit"]').click();
    await waitUntil(() => server.saves.length === 2 && shadow(element).querySelector('[part~="confirmation"]'), 'second save not made');
    expect((server.saves[1]!.record as { region: string }).region).to.equal('Vidzeme');
    expect(localStorage.length).to.equal(0);
  });

  it('shows a programme-rule refusal of the server at its field, in words, and keeps the changes', async () => {
    server = stubServer([
      json(422, {
        code: 'programme-rules',
        errors: [{ code: 'rule-min-projects', field: 'experience.etwinning.projects', path: '/experience/etwinning/projects', params: { required: 5, actual: 3 }, message: 'x' }],
      }),
    ]);
    const element = await profileForm();
    type(element, 'etwinningProjects', '3');
    get(element, 'button[type="submit"]').click();
    await waitUntil(() => shadow(element).querySelector('#etwinningProjects-error'), 'refusal not shown at the field');
    expect(get(element, '#etwinningProjects-error').textContent).to.equal('The programme asks for at least 5 projects.');
    expect(get(element, '#etwinningProjects').getAttribute('aria-invalid')).to.equal('true');
    expect(get(element, '#etwinningProjects').getAttribute('aria-describedby')).to.contain('etwinningProjects-error');
    expect(deepActiveElement()).to.equal(get(element, '#etwinningProjects'));
    expect(get(element, '#etwinningProjects').value).to.equal('3');
    expect(Boolean(shadow(element).querySelector('[part~="confirmation"]'))).to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('works with the keyboard: Tab reaches the address (read-only), Enter on Save saves and moves focus to the message', async () => {
    server = stubServer();
    const element = await profileForm();
    get(element, '#givenName').focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(get(element, '#familyName'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(get(element, '#email'));
    await sendKeys({ type: 'x' });
    expect(get(element, '#email').value).to.equal('janis.liepins@example.org');
    get<HTMLButtonElement>(element, 'button[type="submit"]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(element).querySelector('[part~="confirmation"]'), 'Enter did not save');
    expect(deepActiveElement()).to.equal(get(element, '[part~="confirmation"]'));
    expect(server.saves).to.have.length(1);
  });

  it('says so, and fires mentor-registration-error, when the profile cannot be loaded (an expired or damaged link); no form', async () => {
    server = stubServer([], json(410, { code: 'link-expired' }));
    let detail: unknown;
    const listener = (event: Event) => (detail = (event as CustomEvent).detail);
    document.addEventListener('mentor-registration-error', listener);
    const element = await profileForm();
    await waitUntil(() => detail, 'no error event');
    document.removeEventListener('mentor-registration-error', listener);
    expect(detail).to.deep.equal({ code: 'profile-load-failed' });
    expect(get(element, '[part~="state"]').textContent).to.contain('could not be loaded');
    expect(Boolean(shadow(element).querySelector('form'))).to.equal(false);
    await expect(element).to.be.accessible();
  });
});

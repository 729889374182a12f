import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { validateMentees, validateMentors } from '@mentor-finder/matcher';
import { answerPosts, deepActiveElement, shadow } from '../../../test/helpers.js';
import type { RegistrationRequest } from './build-registration.js';
import type { MentorRegistration } from './mentor-registration.component.js';
import './mentor-registration.js';

const PROGRAMMES = '/packages/widget/test/fixtures/programmes.json';
const ETWINNING = 'etwinning-mentors-2026';
const CAREER = 'career-mentoring-2025-26';

async function form(attributes: Record<string, string> = {}): Promise<MentorRegistration> {
  const element = await fixture<MentorRegistration>(html`<mentor-registration src=${PROGRAMMES} programme=${ETWINNING} kind="mentor" privacy-url="/privacy.html?lang=en" privacy-version="2025-08"></mentor-registration>`);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  await element.updateComplete;
  await waitUntil(() => shadow(element).querySelector('form, [part~="state"]:not([aria-busy])'), 'form never rendered');
  return element;
}

function get<T extends HTMLElement = HTMLInputElement>(element: MentorRegistration, selector: string): T {
  const found = shadow(element).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

function type(element: MentorRegistration, id: string, value: string): void {
  const field = get<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(element, `#${id}`);
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
}

function tick(element: MentorRegistration, selector: string): void {
  const box = get(element, selector);
  if (!box.checked) box.click();
}

async function fillMentor(element: MentorRegistration): Promise<void> {
  type(element, 'givenName', 'Mari');
  type(element, 'familyName', 'Maasikas');
  type(element, 'email', 'mari.maasikas@example.org');
  type(element, 'country', 'EE');
  type(element, 'region', 'Tartumaa');
  type(element, 'timezone', 'Europe/Tallinn');
  type(element, 'role', 'teacher');
  type(element, 'yearsInProfession', '12');
  type(element, 'lang-0-code', 'et');
  type(element, 'lang-0-level', 'native');
  tick(element, '#topics input[data-value="partner-finding"]');
  tick(element, '#subjects input[data-value="history"]');
  type(element, 'bio', 'Ajalooõpetaja, eTwinningus alates 2015.');
  type(element, 'etwinningProjects', '7');
  type(element, 'nationalQualityLabels', '2');
  tick(element, '#meetingModes input[data-value="video"]');
  tick(element, '#consent-privacy');
  tick(element, '#consent-publishProfile');
  await element.updateComplete;
}

async function fillMentee(element: MentorRegistration): Promise<void> {
  await waitUntil(() => shadow(element).querySelector('#goals'), 'no goals field');
  type(element, 'givenName', 'Jaan');
  type(element, 'familyName', 'Tamm');
  type(element, 'email', 'jaan.tamm@example.org');
  type(element, 'country', 'EE');
  type(element, 'timezone', 'Europe/Tallinn');
  type(element, 'role', 'career-specialist');
  type(element, 'yearsInProfession', '2');
  type(element, 'lang-0-level', 'native');
  type(element, 'goals', 'Tahan õppida grupinõustamist.');
  type(element, 'membershipPaidUntil', '2026-12-31');
  tick(element, '#goalsSet');
  tick(element, '#meetingModes input[data-value="video"]');
  tick(element, '#consent-matching');
  await element.updateComplete;
  get(element, 'button[data-add="weekly"]').click();
  await element.updateComplete;
  type(element, 'slot-0-day', 'tue');
  type(element, 'slot-0-start', '16:00');
  type(element, 'slot-0-end', '18:00');
}

function recordPosts(): { bodies: RegistrationRequest[]; restore: () => void } {
  const bodies: RegistrationRequest[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    if (init?.method === 'POST') bodies.push(JSON.parse(String(init.body)) as RegistrationRequest);
    return original(input, init);
  };
  return { bodies, restore: () => (window.fetch = original) };
}

describe('<mentor-registration>', () => {
  afterEach(() => localStorage.clear());

  it('is accessible, with every field labelled, for a mentor of the eTwinning programme', async () => {
    const element = await form({ endpoint: '/__test__/contact/201' });
    await expect(element).to.be.accessible();
    expect(get(element, '[part~="title"]').textContent).to.equal('Register as a mentor');
    expect(get(element, 'a[href]').getAttribute('href')).to.equal('/privacy.html?lang=en');
    // What browsers and assistive tools fill in for the person (WCAG 1.3.5); the country list holds codes.
    const purposes = Object.fromEntries(['givenName', 'familyName', 'email', 'country', 'region'].map((id) => [id, get(element, `#${id}`).getAttribute('autocomplete')]));
    expect(purposes).to.deep.equal({ givenName: 'given-name', familyName: 'family-name', email: 'email', country: 'country', region: 'address-level1' });
  });

  it('asks only what the eTwinning programme’s rules and vocabularies need of a mentor', async () => {
    const element = await form();
    const root = shadow(element);
    expect(root.querySelectorAll('#topics input[type="checkbox"]').length).to.equal(22);
    expect(root.querySelectorAll('#subjects input').length).to.be.above(30);
    expect(root.querySelectorAll('#schoolLevels input').length).to.equal(5);
    expect(root.querySelector('#etwinningProjects')).to.exist;
    expect(root.querySelector('#nationalQualityLabels')).to.exist;
    expect(root.querySelector('#certificateType')).to.equal(null);
    expect(root.querySelector('#membershipPaidUntil')).to.equal(null);
    expect(root.querySelector('#goals')).to.equal(null);
    const modes = [...root.querySelectorAll<HTMLInputElement>('#meetingModes input')].map((box) => box.dataset.value);
    expect(modes).to.deep.equal(['video', 'in-person', 'phone']);
    expect((get(element, '#maxMentees') as HTMLInputElement).max).to.equal('3');
    expect((get(element, '#maxMentees') as HTMLInputElement).value).to.equal('2');
    expect((get(element, '#from') as HTMLInputElement).value).to.equal('2026-01-05');
  });

  it('asks the career programme’s evidence of a mentor: years, certificate and validity, training, membership', async () => {
    const element = await form({ programme: CAREER });
    await waitUntil(() => shadow(element).querySelector('#certificateType'), 'no certificate field');
    const root = shadow(element);
    const types = [...root.querySelectorAll<HTMLOptionElement>('#certificateType option')].map((option) => option.value).filter(Boolean);
    expect(types).to.deep.equal(['career-specialist', 'career-counsellor', 'career-information-specialist', 'hr-specialist', 'hr-manager']);
    expect(root.querySelector('#certificateValidUntil')).to.exist;
    expect(root.querySelector('#yearsOfExperience')?.closest('.field')?.textContent).to.contain('at least 5');
    expect(root.querySelector('#trainingCompleted')).to.exist;
    expect(root.querySelector('#membershipPaidUntil')).to.exist;
    expect(root.querySelector('#subjects')).to.equal(null);
    expect(root.querySelector('#etwinningProjects')).to.equal(null);
    expect(root.querySelectorAll('#topics input').length).to.equal(13);
    await expect(element).to.be.accessible();
  });

  it('states the programme’s rules before anything is sent, worded in the page’s language', async () => {
    const element = await form({ programme: CAREER });
    await waitUntil(() => shadow(element).querySelector('[part~="rules"]'), 'no rules list');
    const items = [...shadow(element).querySelectorAll('[part~="rules"] li')].map((item) => item.textContent?.trim());
    expect(items).to.have.length(4);
    expect(items[0]).to.equal('At least 5 years of experience in the role.');
    expect(items[1]).to.match(/^A professional certificate \(.*Career counsellor.*\) valid on January 5, 2026\.$/);
    expect(items[2]).to.equal('The mentor training completed.');
    expect(items[3]).to.match(/paid on January 5, 2026\.$/);
    element.setAttribute('lang', 'et');
    await element.updateComplete;
    expect(shadow(element).querySelector('[part~="rules"] li')?.textContent?.trim()).to.equal('Vähemalt 5 aastat kogemust selles rollis.');
    const etwinning = await form();
    const listed = [...shadow(etwinning).querySelectorAll('[part~="rules"] li')].map((item) => item.textContent?.trim());
    expect(listed).to.deep.equal(['At least 5 eTwinning projects.', 'At least 2 National Quality Labels.']);
    await expect(element).to.be.accessible();
  });

  it('shows the server’s refusal under the programme’s rules at its field, nothing lost', async () => {
    const original = window.fetch;
    window.fetch = async (input, init) =>
      init?.method === 'POST'
        ? new Response(JSON.stringify({ code: 'programme-rules', errors: [{ code: 'rule-min-quality-labels', path: '/experience/etwinning/nationalQualityLabels', params: { required: 2, actual: 1 } }] }), { status: 422 })
        : original(input, init);
    try {
      const element = await form({ endpoint: '/api/registrations' });
      await fillMentor(element);
      type(element, 'nationalQualityLabels', '1');
      get(element, 'button[type="submit"]').click();
      await waitUntil(() => shadow(element).querySelector('#nationalQualityLabels-error'), 'refusal not at its field');
      expect(get(element, '#nationalQualityLabels-error').textContent).to.equal('The programme asks for at least 2 labels.');
      expect(deepActiveElement()).to.equal(get(element, '#nationalQualityLabels'));
      expect(get(element, '#givenName').value).to.equal('Mari');
      expect(Boolean(shadow(element).querySelector('[part~="confirmation"]'))).to.equal(false);
      expect(get(element, 'button[type="submit"]').textContent?.trim(), 'answers to correct, not a failed send').to.equal('Register as a mentor');
    } finally {
      window.fetch = original;
    }
  });

  it('asks a mentee for goals and the mentee rules, with the matching consent', async () => {
    const element = await form({ programme: CAREER, kind: 'mentee' });
    await waitUntil(() => shadow(element).querySelector('#goals'), 'no goals field');
    const root = shadow(element);
    expect(root.querySelector('#goalsSet')).to.exist;
    expect(root.querySelector('#participationFeePaid')).to.exist;
    expect(root.querySelector('#membershipPaidUntil')).to.exist;
    expect(root.querySelector('#bio')).to.equal(null);
    expect(root.querySelector('#maxMentees')).to.equal(null);
    expect(root.querySelector('#consent-matching')?.closest('.check')?.querySelector('a[href]')).to.exist;
    expect(root.querySelector('#consent-publishProfile')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('lists languages by their names only, each name once, in every UI language', async () => {
    for (const lang of ['en', 'et', 'fi', 'lt', 'lv']) {
      const element = await form({ lang });
      const options = [...get<HTMLSelectElement>(element, '#lang-0-code').options].filter((option) => option.value !== '');
      expect(options.length, lang).to.be.greaterThan(80);
      expect(options.filter((option) => option.textContent?.trim().toLowerCase() === option.value).map((option) => option.value), lang).to.deep.equal([]);
      const labels = options.map((option) => option.textContent?.trim());
      expect(labels.filter((label, i) => labels.indexOf(label) !== i), lang).to.deep.equal([]);
    }
  });

  it('shows the schema’s errors at their fields, tied with aria-describedby, announced, and focuses the first', async () => {
    const posts = recordPosts();
    try {
      const element = await form({ endpoint: '/__test__/contact/201' });
      type(element, 'email', 'not-an-address');
      get(element, 'button[type="submit"]').click();
      await waitUntil(() => get(element, '[part~="alert"]').textContent?.trim(), 'no error summary');
      expect(get(element, '[part~="alert"]').getAttribute('role')).to.equal('alert');
      expect(get(element, '[part~="alert"]').textContent).to.match(/Please correct \d+ fields/);
      const email = get(element, '#email');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(email.getAttribute('aria-describedby')).to.contain('email-error');
      expect(get(element, '#email-error').textContent).to.contain('e-mail address');
      expect(get(element, '#givenName-error').textContent).to.equal('This field is required.');
      expect(get(element, '#topics').getAttribute('aria-describedby')).to.contain('topics-error');
      expect(get(element, '#consent-privacy-error').textContent).to.equal('Tick this box to register.');
      // The numbers the programme's rules ask for are named in the same round, though the schema leaves them optional.
      expect(get(element, '#etwinningProjects-error').textContent).to.equal('This field is required.');
      expect(get(element, '#nationalQualityLabels-error').textContent).to.equal('This field is required.');
      // The summary counts the fields marked, and names no field the form fills by itself (displayName, years of experience).
      const marked = shadow(element).querySelectorAll('form [part~="field-error"]').length;
      expect(get(element, '[part~="alert"]').textContent).to.contain(`Please correct ${marked} fields`);
      expect(get(element, '[part~="alert"]').textContent).not.to.match(/displayName|yearsOfExperience/);
      expect(deepActiveElement()).to.equal(get(element, '#givenName'));
      // The summary names each field as the form does, and takes the focus there.
      const links = [...shadow(element).querySelectorAll<HTMLButtonElement>('[part~="alert"] .error-link')];
      expect(links).to.have.length(marked);
      // In the order of the form, whose first field has the focus; a long consent cut after a whole word.
      const formOrder = [...shadow(element).querySelectorAll<HTMLElement>('form [id]')].map((field) => field.id);
      const listed = links.map((link) => link.dataset['field'] ?? '');
      expect(listed).to.deep.equal([...listed].sort((a, b) => formOrder.indexOf(a) - formOrder.indexOf(b)));
      expect(listed[0]).to.equal('givenName');
      const consentName = links.find((link) => link.dataset['field'] === 'consent-privacy')?.textContent?.trim() ?? '';
      expect(consentName.endsWith('…'), consentName).to.equal(true);
      const label = get(element, 'label[for="consent-privacy"]').cloneNode(true) as HTMLElement;
      for (const aside of label.querySelectorAll('.hint, .visually-hidden')) aside.remove();
      const fullName = label.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      expect(fullName.startsWith(`${consentName.slice(0, -1)} `), fullName).to.equal(true);
      const emailLink = links.find((link) => link.dataset['field'] === 'email');
      expect(emailLink?.textContent?.trim()).to.equal('E-mail address');
      expect(links.find((link) => link.dataset['field'] === 'topics')?.textContent?.trim()).to.match(/^Topics/);
      emailLink?.click();
      expect(deepActiveElement()).to.equal(get(element, '#email'));
      links.find((link) => link.dataset['field'] === 'topics')?.click();
      expect(deepActiveElement()).to.equal(get(element, '#topics input'));
      expect(posts.bodies).to.have.length(0);
      await expect(element).to.be.accessible();
      // After a language switch the summary names the fields in the new language, as the labels do.
      element.setAttribute('lang', 'et');
      await waitUntil(() => get(element, 'label[for="email"]').textContent?.includes('E-posti aadress'), 'labels not in Estonian', { timeout: 10_000 });
      await element.updateComplete;
      expect(get(element, '[part~="alert"] .error-link[data-field="email"]').textContent?.trim()).to.equal('E-posti aadress');
    } finally {
      posts.restore();
    }
  });

  it('refuses names that would read otherwise than they hold, at their fields, before anything is sent', async () => {
    const posts = recordPosts();
    try {
      const element = await form({ endpoint: '/__test__/contact/201' });
      await fillMentor(element);
      type(element, 'givenName', '\u200B\u200B');
      type(element, 'familyName', 'Maasikas\u202E');
      get(element, 'button[type="submit"]').click();
      await waitUntil(() => get(element, '[part~="alert"]').textContent?.trim(), 'no error summary');
      expect(get(element, '#givenName-error').textContent).to.equal('This field is required.');
      expect(get(element, '#familyName-error').textContent).to.contain('hidden characters');
      expect(posts.bodies).to.have.length(0);
    } finally {
      posts.restore();
    }
  });

  it('sends a record the matcher’s validators accept, with the consent text and version, then asks to check the e-mail', async () => {
    // As the reference server answers a mentor's registration.
    const posts = answerPosts<RegistrationRequest>([202, { id: 'r-1', status: 'awaiting-email' }]);
    try {
      const element = await form({ endpoint: '/registrations' });
      let sent: CustomEvent | undefined;
      element.addEventListener('mentor-registration-sent', (event) => (sent = event));
      await fillMentor(element);
      // The bio is in Estonian, written on the English form: the mentor says so beside it.
      type(element, 'bioLang', 'et');
      get(element, 'button[type="submit"]').click();
      await waitUntil(() => shadow(element).querySelector('[part~="confirmation"]'), 'no confirmation');
      expect(get(element, '[part~="confirmation"]').textContent).to.contain('Check your e-mail').and.to.contain('mari.maasikas@example.org').and.to.contain('look in your spam folder');
      expect(deepActiveElement()).to.equal(get(element, '[part~="confirmation"]'));
      expect(sent?.detail.status).to.equal(202);
      const [body] = posts.bodies;
      expect(body?.kind).to.equal('mentor');
      expect(body?.programmeId).to.equal(ETWINNING);
      expect(validateMentors([body?.record]).errors).to.deep.equal([]);
      const record = body!.record as { displayName: string; bio: object; private: { consent: Record<string, unknown> }; experience: { etwinning: object } };
      expect(record.displayName).to.equal('Mari M.');
      expect(record.bio).to.deep.equal({ et: 'Ajalooõpetaja, eTwinningus alates 2015.' });
      expect(record.experience.etwinning).to.deep.equal({ projects: 7, nationalQualityLabels: 2 });
      expect(record.private.consent).to.include({ publishProfile: true, contactRequests: false, noticeVersion: '2025-08' });
      expect(body?.consent.noticeVersion).to.equal('2025-08');
      expect(body?.consent.texts.privacy).to.contain('privacy notice');
      expect(body?.consent.texts.publishProfile).to.contain('Publish my profile');
      expect(body?.consent.texts).not.to.have.property('contactRequests');
      expect(localStorage.length).to.equal(0);
    } finally {
      posts.restore();
    }
  });

  it('sends a mentee record the validators accept', async () => {
    const posts = recordPosts();
    try {
      const element = await form({ programme: CAREER, kind: 'mentee', endpoint: '/__test__/contact/201' });
      await fillMentee(element);
      // Goals written in Estonian on the English form say so: the language select offers the form's and the ones listed.
      type(element, 'lang-0-code', 'et');
      await element.updateComplete;
      const offered = [...get<HTMLSelectElement>(element, '#goalsLang').options].map((option) => option.value).filter(Boolean);
      expect(offered).to.have.members(['en', 'et']);
      expect(get<HTMLSelectElement>(element, '#goalsLang').value).to.equal('en');
      type(element, 'goalsLang', 'et');
      await element.updateComplete;
      get(element, 'button[type="submit"]').click();
      await waitUntil(() => shadow(element).querySelector('[part~="confirmation"]'), 'no confirmation');
      const record = posts.bodies[0]!.record as { goals: object; eligibility: object; availability: { weekly: object[] } };
      expect(validateMentees([record]).errors).to.deep.equal([]);
      expect(record.goals).to.deep.equal({ text: 'Tahan õppida grupinõustamist.', lang: 'et' });
      expect(record.eligibility).to.deep.equal({ goalsSet: true, participationFeePaid: false });
      expect(record.availability.weekly).to.deep.equal([{ day: 'tue', start: '16:00', end: '18:00' }]);
      expect(posts.bodies[0]!.consent.texts.matching).to.contain('privacy notice');
      // No link is sent to a mentee: the coordinators review the registration and write.
      const confirmation = get(element, '[part~="confirmation"]').textContent ?? '';
      expect(confirmation).to.contain('Registration received').and.to.contain('coordinators will write to you at');
      expect(confirmation).to.contain('jaan.tamm@example.org');
      expect(confirmation).not.to.contain('Check your e-mail');
    } finally {
      posts.restore();
    }
  });

  it('hints to a mentee that the coordinators write; a mentor whose server sends no link (status other than awaiting-email) is told the same', async () => {
    const mentee = await form({ programme: CAREER, kind: 'mentee' });
    expect(get(mentee, '#email-hint').textContent).to.contain('coordinators write to you at this address');
    expect(get(await form(), '#email-hint').textContent).to.contain('We send a link');
    const posts = answerPosts<unknown>([202, { id: 'r-1', status: 'pending' }]);
    try {
      const element = await form({ endpoint: '/registrations' });
      await fillMentor(element);
      get(element, 'button[type="submit"]').click();
      await waitUntil(() => shadow(element).querySelector('[part~="confirmation"]'), 'no confirmation');
      const confirmation = get(element, '[part~="confirmation"]').textContent ?? '';
      expect(confirmation, 'the server says who confirms').to.contain('Registration received').and.to.contain('will write to you at mari.maasikas@example.org.');
      expect(confirmation).not.to.contain('Check your e-mail');
    } finally {
      posts.restore();
    }
  });

  it('keeps the draft across a reload, but never the consent ticks', async () => {
    const first = await form();
    type(first, 'givenName', 'Mari');
    tick(first, '#topics input[data-value="twinspace"]');
    tick(first, '#consent-privacy');
    first.remove();
    const second = await form();
    expect(get(second, '#givenName').value).to.equal('Mari');
    expect(get(second, '#topics input[data-value="twinspace"]').checked).to.equal(true);
    expect(get(second, '#consent-privacy').checked).to.equal(false);
    expect(localStorage.getItem(`mentor-finder:registration:mentor:${ETWINNING}`)).not.to.contain('consent');
  });

  it('keeps everything after a failed send and says what happened; a retry then succeeds', async () => {
    const element = await form({ endpoint: '/__test__/contact/503' });
    await fillMentor(element);
    get(element, 'button[type="submit"]').click();
    await waitUntil(() => get(element, '[part~="alert"]').textContent?.includes('503'), 'no failure message');
    expect(get(element, '[part~="alert"]').textContent).to.contain('Everything you entered is still here');
    expect(get(element, 'button[type="submit"]').textContent?.trim()).to.equal('Try again');
    expect(get(element, '#givenName').value).to.equal('Mari');
    expect(get(element, '#consent-privacy').checked).to.equal(true);
    element.endpoint = '/__test__/contact/drop';
    get(element, 'button[type="submit"]').click();
    await waitUntil(() => get(element, '[part~="alert"]').textContent?.includes('no connection'), 'no network message');
    element.endpoint = '/__test__/contact/201';
    get(element, 'button[type="submit"]').click();
    await waitUntil(() => shadow(element).querySelector('[part~="confirmation"]'), 'retry did not succeed');
  });

  it('shows the errors a server returns at their fields, and says when the address is already registered', async () => {
    const element = await form({ endpoint: '/__test__/register/400' });
    const codes: string[] = [];
    element.addEventListener('mentor-registration-error', (event) => codes.push(`${event.detail.code} ${event.detail.cause}`));
    await fillMentor(element);
    get(element, 'button[type="submit"]').click();
    await waitUntil(() => shadow(element).querySelector('#email-error'), 'server error not shown at the field');
    expect(get(element, '#email').getAttribute('aria-describedby')).to.contain('email-error');
    expect(get(element, '[part~="alert"]').textContent).to.contain('Please correct 1 field');
    element.endpoint = '/__test__/register/409';
    get(element, 'button[type="submit"]').click();
    await waitUntil(() => get(element, '[part~="alert"]').textContent?.includes('already registered'), 'no duplicate message');
    expect(get(element, '#givenName').value).to.equal('Mari');
    // Answers to correct are a refusal, not a failed send; the host can tell them apart.
    expect(codes).to.deep.equal(['refused rejected 400', 'send-failed duplicate 409']);
  });

  it('when the privacy notice changed while the page was open, asks a mentee to accept the new one, keeps the answers, and sends it', async () => {
    const refusal = { code: 'notice-changed', noticeVersion: '2026-12', errors: [{ code: 'consent', field: 'matching', path: '/consent/matching', message: 'The privacy notice is now version 2026-12.' }] };
    const { bodies, restore } = answerPosts<RegistrationRequest>([409, refusal], [202, { id: 'r-1', status: 'pending' }]);
    try {
      const element = await form({ programme: CAREER, kind: 'mentee', endpoint: '/api/registrations' });
      await fillMentee(element);
      get(element, 'button[type="submit"]').click();
      await waitUntil(() => shadow(element).querySelector('#consent-matching-error'), 'the refusal is not shown at the consent carrying the notice');
      expect(get(element, '#consent-matching-error').textContent).to.equal('Tick this box to register.');
      expect(get(element, '#consent-matching').checked, 'the acceptance of the old notice does not count').to.equal(false);
      expect(get(element, '.notice-changed').textContent).to.contain('You accepted version 2025-08');
      expect(get(element, '#section-consent').parentElement?.textContent).to.contain('2026-12');
      expect(get(element, '#goals').value, 'the answers are kept').to.equal('Tahan õppida grupinõustamist.');
      get(element, '#consent-matching').click();
      get(element, 'button[type="submit"]').click();
      await waitUntil(() => shadow(element).querySelector('[part~="confirmation"]'), 'no confirmation');
      expect(bodies.map((body) => body.consent.noticeVersion)).to.deep.equal(['2025-08', '2026-12']);
      expect((bodies[1]!.record as { private: { consent: Record<string, unknown> } }).private.consent).to.include({ noticeVersion: '2026-12', matching: true });
    } finally {
      restore();
    }
  });

  it('forgets the changed notice’s note when the page switches to another kind of form', async () => {
    const refusal = { code: 'notice-changed', noticeVersion: '2026-12', errors: [{ code: 'consent', field: 'matching', path: '/consent/matching', message: 'changed' }] };
    const { restore } = answerPosts([409, refusal]);
    try {
      const element = await form({ programme: CAREER, kind: 'mentee', endpoint: '/api/registrations' });
      await fillMentee(element);
      get(element, 'button[type="submit"]').click();
      await waitUntil(() => shadow(element).querySelector('.notice-changed'), 'no note about the changed notice');
      element.kind = 'mentor';
      await waitUntil(() => shadow(element).querySelector('#consent-privacy'), 'the mentor form never rendered');
      expect(shadow(element).querySelector('.notice-changed'), 'nothing was accepted on this form').to.equal(null);
    } finally {
      restore();
    }
  });

  it('says so, and fires mentor-registration-error, when the programmes file cannot be loaded', async () => {
    let detail: unknown;
    const listener = (event: Event) => (detail = (event as CustomEvent).detail);
    document.addEventListener('mentor-registration-error', listener);
    try {
      const element = await form({ src: '/packages/widget/test/fixtures/no-such-programmes.json' });
      await waitUntil(() => shadow(element).querySelector('[part~="state"][role="alert"]'), 'no load error');
      expect(get(element, '[part~="state"]').textContent).to.contain('could not be loaded');
      await waitUntil(() => detail, 'no error event');
      expect(detail).to.deep.equal({ code: 'load-failed' });
    } finally {
      document.removeEventListener('mentor-registration-error', listener);
    }
  });

  it('lets the page send the registration itself through mentor-registration-submit when there is no endpoint', async () => {
    const element = await form();
    let calls = 0;
    element.addEventListener('mentor-registration-submit', (event) => {
      calls += 1;
      event.preventDefault();
      event.detail.respondWith(calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve());
    });
    await fillMentor(element);
    get(element, 'button[type="submit"]').click();
    await waitUntil(() => get(element, '[part~="alert"]').textContent?.includes('no connection'), 'rejected promise not shown as a failure');
    expect(get(element, '#givenName').value).to.equal('Mari');
    get(element, 'button[type="submit"]').click();
    await waitUntil(() => shadow(element).querySelector('[part~="confirmation"]'), 'resolved promise not confirmed');
    expect(calls).to.equal(2);
  });

  it('works with the keyboard alone: adding a language moves focus to its first field', async () => {
    const element = await form();
    get<HTMLButtonElement>(element, 'button[data-add="languages"]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(element).querySelector('#lang-1-code'), 'no second language row');
    expect(deepActiveElement()).to.equal(get(element, '#lang-1-code'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(get(element, '#lang-1-level'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent).to.equal('Remove language 2');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !shadow(element).querySelector('#lang-1-code'), 'row not removed');
    expect(deepActiveElement()).to.equal(get(element, 'button[data-add="languages"]'));
  });

  it('speaks the page’s language and follows a change of it', async () => {
    const element = await form({ lang: 'et' });
    expect(get(element, '[part~="title"]').textContent).to.equal('Registreeru mentoriks');
    element.setAttribute('lang', 'lv');
    await element.updateComplete;
    expect(get(element, '[part~="title"]').textContent).to.equal('Reģistrēties kā mentoram');
    expect(get(element, '#topics input[data-value="partner-finding"]').nextElementSibling?.textContent).to.equal('Partneru meklēšana');
  });

  it('takes the programmes as a property instead of src, and rejects a programme that fails its schema', async () => {
    const data = (await (await fetch(PROGRAMMES)).json()) as { id: string; kind: string }[];
    const element = await fixture<MentorRegistration>(html`<mentor-registration kind="mentee" programme=${CAREER} .programmes=${data}></mentor-registration>`);
    await waitUntil(() => shadow(element).querySelector('#goals'), 'no form from the property');
    const broken = data.map((programme) => (programme.id === CAREER ? { ...programme, kind: 'club' } : programme));
    const other = await fixture<MentorRegistration>(html`<mentor-registration kind="mentee" programme=${CAREER} .programmes=${broken}></mentor-registration>`);
    await waitUntil(() => shadow(other).querySelector('[part~="state"][role="alert"]'), 'invalid programme used');
  });

  it('says so when the programme is not in the file', async () => {
    const element = await form({ programme: 'no-such-programme' });
    await waitUntil(() => shadow(element).querySelector('[part~="state"][role="alert"]'), 'no message');
    expect(get(element, '[part~="state"]').textContent).to.contain('no-such-programme');
  });
});

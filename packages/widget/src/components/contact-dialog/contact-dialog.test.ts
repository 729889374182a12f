import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ContactRequest, PublicMentor } from '@mentor-finder/matcher';
import type { MentorFinderContactEvent } from '../../events/mentor-finder-contact.js';
import type { MentorFinderErrorEvent } from '../../events/mentor-finder-error.js';
import { cards, deepActiveElement, dialogOf, dialogPart, finderWith, part, sampleMentors, shadow, typeInto } from '../../../test/helpers.js';
import type { MentorFinder } from '../mentor-finder/mentor-finder.component.js';
import './contact-dialog.js';

const VALID = { name: 'Mari Maasikas', email: 'mari@example.org', school: 'Tartu Kool', message: 'Tere! Otsin partnerit oma eTwinningu projektile.' };

async function openFor(element: MentorFinder): Promise<{ mentor: PublicMentor; trigger: HTMLElement; dialog: HTMLDialogElement }> {
  const trigger = part(element, '[part~="contact-button"]');
  const name = trigger.closest('[part~="card"]')?.querySelector('[part~="name"]')?.textContent ?? '';
  const mentor = element.mentors instanceof Array ? (element.mentors as PublicMentor[]).find((m) => m.displayName === name) : undefined;
  if (!mentor) throw new Error('mentor of the first contact button not found');
  trigger.click();
  const dialog = dialogPart(element, 'dialog') as HTMLDialogElement;
  await waitUntil(() => dialog.open, 'dialog did not open');
  return { mentor, trigger, dialog };
}

function fill(element: MentorFinder, values: Partial<typeof VALID>, consent = true): void {
  for (const [field, value] of Object.entries(values)) typeInto(dialogPart(element, `#${field}`) as HTMLInputElement, value);
  const box = dialogPart(element, '#consent') as HTMLInputElement;
  if (box.checked !== consent) box.click();
}

function submit(element: MentorFinder): HTMLButtonElement {
  const button = dialogPart(element, 'button[type="submit"]') as HTMLButtonElement;
  button.click();
  return button;
}

/** Records every request body the page POSTs. */
function recordPosts(): { bodies: ContactRequest[]; urls: string[]; restore: () => void } {
  const bodies: ContactRequest[] = [];
  const urls: string[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    if (init?.method === 'POST') {
      urls.push(String(input));
      bodies.push(JSON.parse(String(init.body)) as ContactRequest);
    }
    return original(input, init);
  };
  return { bodies, urls, restore: () => (window.fetch = original) };
}

describe('<mentor-finder> contact dialog', () => {
  afterEach(() => sessionStorage.clear());

  it('opens as an accessible modal dialog titled with the mentor’s name, linking the privacy notice', async () => {
    const element = await finderWith(await sampleMentors(), { endpoint: '/__test__/contact/201', 'privacy-url': '/privacy' });
    const { mentor, dialog } = await openFor(element);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialogPart(element, '#title').textContent).to.equal(`Contact ${mentor.displayName}`);
    const link = dialogPart(element, 'a[href]') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('/privacy');
    // It opens in a new tab, and says so to screen readers.
    expect([link.target, link.textContent]).to.deep.equal(['_blank', 'privacy notice (opens in a new tab)']);
    await expect(dialogOf(element)).to.be.accessible();
  });

  it('hides the honeypot from people and assistive technology', async () => {
    const element = await finderWith(await sampleMentors(), { endpoint: '/__test__/contact/201' });
    await openFor(element);
    const honeypot = dialogPart(element, '#website') as HTMLInputElement;
    expect(honeypot.tabIndex).to.equal(-1);
    expect(honeypot.closest('[aria-hidden="true"]')).to.exist;
    expect(honeypot.closest('[inert]')).to.exist;
    honeypot.focus();
    expect(deepActiveElement()).not.to.equal(honeypot);
    expect(honeypot.getBoundingClientRect().right).to.be.below(0);
  });

  it('shows validation errors at the fields, announces them and focuses the first', async () => {
    const posts = recordPosts();
    try {
      const element = await finderWith(await sampleMentors(), { endpoint: '/__test__/contact/201' });
      await openFor(element);
      fill(element, { email: 'not-an-address', message: 'too short' }, false);
      submit(element);
      await waitUntil(() => dialogPart(element, '[part~="alert"]').textContent?.trim(), 'no error summary');
      expect(dialogPart(element, '[part~="alert"]').getAttribute('role')).to.equal('alert');
      expect(dialogPart(element, '[part~="alert"]').textContent).to.contain('Please correct 4 fields.');
      for (const field of ['name', 'email', 'message', 'consent']) {
        const input = dialogPart(element, `#${field}`);
        expect(input.getAttribute('aria-invalid'), field).to.equal('true');
        expect(input.getAttribute('aria-describedby'), field).to.contain(`${field}-error`);
        expect(dialogPart(element, `#${field}-error`).textContent?.length, field).to.be.greaterThan(5);
      }
      expect(dialogPart(element, '#email-error').textContent).to.contain('name@example.org');
      expect(dialogPart(element, '#message-error').textContent).to.contain('20');
      expect(dialogPart(element, '#school').getAttribute('aria-invalid')).to.equal('false');
      expect(deepActiveElement()?.id).to.equal('name');
      expect(posts.bodies).to.have.length(0);
      await expect(dialogOf(element)).to.be.accessible();
      element.setAttribute('lang', 'fi');
      await waitUntil(() => dialogPart(element, '#name-error').textContent === 'Kirjoita nimesi.', 'errors not reworded in Finnish');
      expect(dialogPart(element, '[part~="alert"]').textContent).to.contain('Korjaa 4 kenttää.');
    } finally {
      posts.restore();
    }
  });

  it('sends a valid request as JSON with an idempotency key, says "Sending…" meanwhile, then confirms and clears the draft', async () => {
    const posts = recordPosts();
    try {
      const element = await finderWith(await sampleMentors(), { endpoint: '/__test__/contact/201', lang: 'en' });
      const contacts: MentorFinderContactEvent[] = [];
      element.addEventListener('mentor-finder-contact', (e) => contacts.push(e));
      const { mentor } = await openFor(element);
      fill(element, VALID);
      const key = JSON.parse(sessionStorage.getItem(`mentor-finder:draft:${mentor.id}`) ?? '{}').idempotencyKey;
      expect(key).to.match(/^[0-9a-f-]{36}$/);
      const button = submit(element);
      await dialogOf(element).updateComplete;
      expect(button.textContent?.trim()).to.equal('Sending…');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      await waitUntil(() => shadow(dialogOf(element)).querySelector('[part~="confirmation"]'), 'no confirmation');
      expect(dialogPart(element, '[part~="confirmation"]').textContent).to.contain('has been sent');
      expect(deepActiveElement()).to.equal(dialogPart(element, '[part~="confirmation"]'));
      expect(posts.urls).to.deep.equal(['/__test__/contact/201']);
      const sent = posts.bodies[0] as ContactRequest;
      expect(sent).to.deep.include({ mentorId: mentor.id, programmeId: mentor.programmeId, idempotencyKey: key, hp: '' });
      expect(sent.sender).to.deep.equal({ name: VALID.name, email: VALID.email, school: VALID.school });
      // The form's language says nothing of the message's: the mentor is not told it is English.
      expect(sent.message).to.deep.equal({ text: VALID.message });
      expect(sent.client?.locale).to.equal('en');
      expect(sent.consent.privacyNoticeAccepted).to.equal(true);
      expect(contacts).to.have.length(1);
      expect(contacts[0]?.detail.request).to.deep.equal(sent);
      expect(sessionStorage.getItem(`mentor-finder:draft:${mentor.id}`)).to.equal(null);
      await expect(dialogOf(element)).to.be.accessible();
    } finally {
      posts.restore();
    }
  });

  for (const [endpoint, timeout, expected] of [
    ['/__test__/contact/503', '15000', 'server had a problem'],
    ['/__test__/contact/422', '15000', 'did not accept'],
    ['/__test__/contact/slow', '200', 'did not answer in time'],
    ['/__test__/contact/drop', '15000', 'no connection'],
  ] as const) {
    it(`keeps everything typed and offers a retry when the send fails (${expected})`, async () => {
      const posts = recordPosts();
      try {
        const element = await finderWith(await sampleMentors(), { endpoint, timeout });
        const errors: MentorFinderErrorEvent[] = [];
        element.addEventListener('mentor-finder-error', (e) => errors.push(e));
        await openFor(element);
        fill(element, VALID);
        submit(element);
        await waitUntil(() => dialogPart(element, '[part~="alert"]').textContent?.includes(expected), `no "${expected}" message`, { timeout: 5000 });
        const retry = dialogPart(element, 'button[type="submit"]');
        expect(retry.textContent?.trim()).to.equal('Try again');
        expect(deepActiveElement()).to.equal(retry);
        for (const [field, value] of Object.entries(VALID)) expect((dialogPart(element, `#${field}`) as HTMLInputElement).value).to.equal(value);
        expect(errors.map((e) => e.detail.code)).to.deep.equal(['send-failed']);
        await expect(dialogOf(element)).to.be.accessible();
        element.setAttribute('endpoint', '/__test__/contact/201');
        await element.updateComplete;
        retry.click();
        await waitUntil(() => shadow(dialogOf(element)).querySelector('[part~="confirmation"]'), 'retry did not succeed', { timeout: 5000 });
        expect(posts.bodies).to.have.length(2);
        expect(posts.bodies[1]?.idempotencyKey).to.equal(posts.bodies[0]?.idempotencyKey);
      } finally {
        posts.restore();
      }
    });
  }

  it('restores the draft after a page reload (sessionStorage, per mentor), but not the consent, which is given afresh', async () => {
    const mentors = await sampleMentors();
    const first = await finderWith(mentors, { endpoint: '/__test__/contact/201' });
    const { mentor } = await openFor(first);
    fill(first, { name: VALID.name, message: 'Half-written message' });
    const key = JSON.parse(sessionStorage.getItem(`mentor-finder:draft:${mentor.id}`) ?? '{}').idempotencyKey;
    first.remove();
    const second = await finderWith(mentors, { endpoint: '/__test__/contact/201' });
    await openFor(second);
    expect((dialogPart(second, '#name') as HTMLInputElement).value).to.equal(VALID.name);
    expect((dialogPart(second, '#message') as HTMLTextAreaElement).value).to.equal('Half-written message');
    expect((dialogPart(second, '#consent') as HTMLInputElement).checked).to.equal(false);
    expect(JSON.parse(sessionStorage.getItem(`mentor-finder:draft:${mentor.id}`) ?? '{}').idempotencyKey).to.equal(key);
  });

  it('lets a host that calls preventDefault send the request itself and report through respondWith', async () => {
    const posts = recordPosts();
    try {
      const element = await finderWith(await sampleMentors(), { 'host-handles-contact': '' });
      let reject: (reason: unknown) => void = () => undefined;
      element.addEventListener('mentor-finder-contact', (event) => {
        event.preventDefault();
        event.detail.respondWith(new Promise((_resolve, fail) => (reject = fail)));
      });
      await openFor(element);
      fill(element, VALID);
      const button = submit(element);
      await dialogOf(element).updateComplete;
      expect(button.textContent?.trim()).to.equal('Sending…');
      reject(new Error('host could not send'));
      await waitUntil(() => dialogPart(element, '[part~="alert"]').textContent?.includes('no connection'), 'no failure after the host rejected');
      let resolve: (value: unknown) => void = () => undefined;
      element.addEventListener('mentor-finder-contact', (event) => event.detail.respondWith(new Promise((done) => (resolve = done))));
      button.click();
      await dialogOf(element).updateComplete;
      resolve({ id: 'host-1' });
      await waitUntil(() => shadow(dialogOf(element)).querySelector('[part~="confirmation"]'), 'no confirmation after the host resolved');
      expect(posts.bodies).to.have.length(0);
    } finally {
      posts.restore();
    }
  });

  it('stays open while sending (Escape, Cancel, ×), and a page that closes it anyway finds the outcome on opening it again', async () => {
    const element = await finderWith(await sampleMentors(), { 'host-handles-contact': '' });
    const outcomes: { resolve: (value: unknown) => void; reject: (reason: unknown) => void }[] = [];
    element.addEventListener('mentor-finder-contact', (event) => {
      event.preventDefault();
      event.detail.respondWith(new Promise((resolve, reject) => outcomes.push({ resolve, reject })));
    });
    const { dialog, mentor } = await openFor(element);
    fill(element, VALID);
    // Sent by a key press: the browser lets a page keep a dialog open on Escape once per user action.
    (dialogPart(element, 'button[type="submit"]') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => outcomes.length === 1, 'not sent');
    await sendKeys({ press: 'Escape' });
    for (const close of [...shadow(dialogOf(element)).querySelectorAll<HTMLButtonElement>('.actions .button:not([type="submit"]), .close')]) {
      expect(close.getAttribute('aria-disabled')).to.equal('true');
      close.click();
    }
    await dialogOf(element).updateComplete;
    expect(dialog.open, 'closed while sending').to.equal(true);
    let failures = 0;
    element.addEventListener('mentor-finder-error', () => (failures += 1));
    outcomes[0]?.reject(new Error('offline'));
    await waitUntil(() => deepActiveElement()?.hasAttribute('data-retry'), 'the failure was not offered for a retry');

    // Closed by the visitor after the failure, the form opens afresh, with the text kept.
    (dialogPart(element, '.actions .button:not([type="submit"])') as HTMLButtonElement).click();
    await waitUntil(() => !dialog.open, 'Cancel did not close it');
    await dialogOf(element).show(mentor);
    expect(dialogPart(element, '[part~="alert"]').textContent?.trim()).to.equal('');
    expect((dialogPart(element, '#message') as HTMLTextAreaElement).value).to.equal(VALID.message);

    // The page closes it during a send; the outcome, a failure and then a success, waits for the visitor's return.
    fill(element, {});
    submit(element);
    await waitUntil(() => outcomes.length === 2, 'not sent again');
    dialogOf(element).hide();
    outcomes[1]?.reject(new Error('offline'));
    await waitUntil(() => failures === 2 && !dialog.open, 'the failure did not arrive while closed');
    await dialogOf(element).show(mentor);
    expect(dialogPart(element, '[part~="alert"]').textContent).to.include('no connection');
    expect(deepActiveElement()?.hasAttribute('data-retry'), 'Try again has the focus').to.equal(true);
    (deepActiveElement() as HTMLElement | null)?.click();
    await waitUntil(() => outcomes.length === 3, 'not sent a third time');
    dialogOf(element).hide();
    outcomes[2]?.resolve({ id: 'host-3' });
    await waitUntil(() => shadow(dialogOf(element)).querySelector('[data-confirmation]') && !dialog.open, 'the confirmation did not arrive while closed');
    await dialogOf(element).show(mentor);
    expect(deepActiveElement()?.hasAttribute('data-confirmation'), 'the confirmation is shown and focused').to.equal(true);
  });

  it('sends nothing when the honeypot is filled, yet answers as usual', async () => {
    const posts = recordPosts();
    try {
      const element = await finderWith(await sampleMentors(), { endpoint: '/__test__/contact/201' });
      await openFor(element);
      fill(element, VALID);
      typeInto(dialogPart(element, '#website') as HTMLInputElement, 'http://spam.example');
      submit(element);
      await waitUntil(() => shadow(dialogOf(element)).querySelector('[part~="confirmation"]'), 'no confirmation');
      expect(posts.bodies).to.have.length(0);
    } finally {
      posts.restore();
    }
  });

  it('speaks the finder’s language', async () => {
    const element = await finderWith(await sampleMentors(), { endpoint: '/__test__/contact/201', lang: 'fi' });
    const { mentor } = await openFor(element);
    expect(dialogPart(element, '#title').textContent).to.equal(`Ota yhteyttä: ${mentor.displayName}`);
    expect(dialogPart(element, 'button[type="submit"]').textContent?.trim()).to.equal('Lähetä');
    const closeButton = dialogPart(element, '[aria-label]');
    expect(closeButton.getAttribute('aria-label')).to.equal('Sulje');
    closeButton.click();
    await waitUntil(() => !(dialogPart(element, 'dialog') as HTMLDialogElement).open, 'did not close');
    expect(cards(element).length).to.be.greaterThan(0);
  });
});

describe('<mentor-contact-dialog> alone', () => {
  it('renders nothing visible until shown', async () => {
    const dialog = await fixture(html`<mentor-contact-dialog></mentor-contact-dialog>`);
    const inner = dialog.shadowRoot?.querySelector('dialog');
    expect(inner?.open).to.equal(false);
    await expect(dialog).to.be.accessible();
  });
});

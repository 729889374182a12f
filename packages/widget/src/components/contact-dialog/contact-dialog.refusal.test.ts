import { expect, waitUntil } from '@open-wc/testing';
import type { ContactRequest } from '@mentor-finder/matcher';
import type { MentorFinderErrorEvent } from '../../events/mentor-finder-error.js';
import { answerPosts, deepActiveElement, dialogOf, dialogPart, finderWith, part, sampleMentors, shadow, typeInto } from '../../../test/helpers.js';
import type { MentorFinder } from '../mentor-finder/mentor-finder.component.js';
import './contact-dialog.js';

const VALID = { name: 'Mari Maasikas', email: 'mari@example.org', school: 'Tartu Kool', message: 'Tere! Otsin partnerit oma eTwinningu projektile.' };
const CHECK_YOUR_TEXT = /check|kontrolli|tarkista|patikrinkite|pārbaudiet/i;

async function openAndFill(element: MentorFinder): Promise<void> {
  part(element, '[part~="contact-button"]').click();
  const dialog = dialogPart(element, 'dialog') as HTMLDialogElement;
  await waitUntil(() => dialog.open, 'dialog did not open');
  for (const [field, value] of Object.entries(VALID)) typeInto(dialogPart(element, `#${field}`) as HTMLInputElement, value);
  (dialogPart(element, '#consent') as HTMLInputElement).click();
}

function submit(element: MentorFinder): void {
  (dialogPart(element, 'button[type="submit"]') as HTMLButtonElement).click();
}

function recordPosts(): { bodies: ContactRequest[]; restore: () => void } {
  const bodies: ContactRequest[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    if (init?.method === 'POST') bodies.push(JSON.parse(String(init.body)) as ContactRequest);
    return original(input, init);
  };
  return { bodies, restore: () => (window.fetch = original) };
}

const alertText = (element: MentorFinder): string => dialogPart(element, '[part~="alert"]').textContent?.trim() ?? '';

function expectDraftKept(element: MentorFinder): void {
  for (const [field, value] of Object.entries(VALID)) expect((dialogPart(element, `#${field}`) as HTMLInputElement).value, field).to.equal(value);
}

describe('<mentor-finder> contact dialog: what a refusing server said', () => {
  afterEach(() => sessionStorage.clear());

  for (const [status, code, expected] of [
    ['403', 'contact-requests-closed', 'does not take requests through this site'],
    ['409', 'mentor-full', 'no free place any more'],
    ['409', 'not-accepting-requests', 'not taking requests at the moment'],
    ['404', 'mentor-not-found', 'no longer listed'],
    ['409', 'idempotency-conflict', 'earlier version of this request has already arrived'],
    ['409', 'idempotency-key-reused', 'earlier version of this request has already arrived'],
  ] as const) {
    it(`says what happened for ${status} ${code}, never "check your text", and keeps the draft`, async () => {
      const element = await finderWith(await sampleMentors(), { endpoint: `/__test__/contact/${status}?code=${code}`, lang: 'en' });
      const errors: MentorFinderErrorEvent[] = [];
      element.addEventListener('mentor-finder-error', (e) => errors.push(e));
      await openAndFill(element);
      submit(element);
      await waitUntil(() => alertText(element).includes(expected), `no "${expected}" message`, { timeout: 5000 });
      expect(alertText(element)).not.to.match(CHECK_YOUR_TEXT);
      expect(alertText(element)).to.match(/nothing was sent|text was not sent/);
      expect(dialogPart(element, '[part~="alert"]').getAttribute('role')).to.equal('alert');
      expectDraftKept(element);
      expect(errors.map((e) => e.detail.cause)).to.deep.equal([`rejected ${status} ${code}`]);
      expect(deepActiveElement()).to.equal(dialogPart(element, 'button[type="submit"]'));
      await expect(dialogOf(element)).to.be.accessible();
    });
  }

  it('words each refusal in the five languages', async () => {
    const seen = new Set<string>();
    for (const lang of ['en', 'et', 'fi', 'lt', 'lv']) {
      const element = await finderWith(await sampleMentors(), { endpoint: '/__test__/contact/409?code=mentor-full', lang });
      await openAndFill(element);
      submit(element);
      await waitUntil(() => alertText(element).length > 20 && !alertText(element).includes('…'), `no message in ${lang}`, { timeout: 5000 });
      expect(alertText(element), lang).not.to.match(CHECK_YOUR_TEXT);
      seen.add(alertText(element));
      element.remove();
      sessionStorage.clear();
    }
    expect(seen.size).to.equal(5);
  });

  it('after an idempotency conflict sends the changed text again under a new key', async () => {
    const posts = recordPosts();
    try {
      const element = await finderWith(await sampleMentors(), { endpoint: '/__test__/contact/409?code=idempotency-conflict' });
      await openAndFill(element);
      submit(element);
      await waitUntil(() => alertText(element).includes('already arrived'), 'no conflict message');
      expect(alertText(element)).to.contain('"Try again"');
      element.setAttribute('endpoint', '/__test__/contact/201');
      await element.updateComplete;
      submit(element);
      await waitUntil(() => shadow(dialogOf(element)).querySelector('[part~="confirmation"]'), 'the retry was not sent');
      expect(posts.bodies).to.have.length(2);
      expect(posts.bodies[1]!.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
      expect(posts.bodies[1]!.idempotencyKey).not.to.equal(posts.bodies[0]!.idempotencyKey);
      expect(posts.bodies[1]!.message).to.deep.equal(posts.bodies[0]!.message);
    } finally {
      posts.restore();
    }
  });

  it('tells a rate-limited visitor when to try again, from Retry-After, in minutes', async () => {
    const element = await finderWith(await sampleMentors(), { endpoint: '/__test__/contact/429?code=rate-limited&retryAfter=300', lang: 'en' });
    await openAndFill(element);
    submit(element);
    await waitUntil(() => alertText(element).includes('Too many requests'), 'no rate-limit message');
    expect(alertText(element)).to.contain('try again in 5 minutes');
    expectDraftKept(element);
    element.setAttribute('lang', 'lt');
    await waitUntil(() => alertText(element).includes('po 5 minučių'), 'not reworded in Lithuanian');
    await expect(dialogOf(element)).to.be.accessible();
  });

  it('says "later" for a 429 without Retry-After', async () => {
    const element = await finderWith(await sampleMentors(), { endpoint: '/__test__/contact/429', lang: 'en' });
    await openAndFill(element);
    submit(element);
    await waitUntil(() => alertText(element).includes('Too many requests'), 'no rate-limit message');
    expect(alertText(element)).to.contain('try again later');
  });

  it('says what a 403 or 409 with an unknown code means without blaming the text', async () => {
    const element = await finderWith(await sampleMentors(), { endpoint: '/__test__/contact/403?code=something-new', lang: 'en' });
    await openAndFill(element);
    submit(element);
    await waitUntil(() => alertText(element).includes('refused the request (error 403)'), 'no generic refusal');
    expect(alertText(element)).not.to.match(CHECK_YOUR_TEXT);
    expectDraftKept(element);
  });

  it('shows a 400 that names fields at those fields, worded by code, and keeps the draft', async () => {
    const errors = JSON.stringify([
      { path: '/sender/name', code: 'contains-email', field: 'name', message: 'sender.name: must not contain an e-mail address' },
      { path: '/message/text', code: 'bidi-control', field: 'text', message: 'message.text: contains a text direction override' },
    ]);
    const element = await finderWith(await sampleMentors(), { endpoint: `/__test__/contact/400?code=invalid-contact-request&errors=${encodeURIComponent(errors)}`, lang: 'en' });
    await openAndFill(element);
    submit(element);
    await waitUntil(() => shadow(dialogOf(element)).querySelector('#name-error'), 'no error at the name');
    expect(dialogPart(element, '#name-error').textContent).to.contain('your e-mail address goes in its own field');
    expect(dialogPart(element, '#message-error').textContent).to.contain('hidden characters');
    expect(dialogPart(element, '#name').getAttribute('aria-invalid')).to.equal('true');
    expect(dialogPart(element, '#email').getAttribute('aria-invalid')).to.equal('false');
    expect(alertText(element)).to.contain('Please correct 2 fields.');
    expect(deepActiveElement()?.id).to.equal('name');
    expectDraftKept(element);
    await expect(dialogOf(element)).to.be.accessible();
    element.setAttribute('lang', 'et');
    await waitUntil(() => dialogPart(element, '#name-error').textContent?.includes('e-posti aadress'), 'not reworded in Estonian');
  });

  it('words an encoded word in the name (=?…?=) at the name, in the page language', async () => {
    const errors = JSON.stringify([{ path: '/sender/name', code: 'encoded-word', field: 'name', message: 'sender.name: must not contain a MIME encoded word' }]);
    const element = await finderWith(await sampleMentors(), { endpoint: `/__test__/contact/400?code=invalid-contact-request&errors=${encodeURIComponent(errors)}`, lang: 'fi' });
    await openAndFill(element);
    submit(element);
    await waitUntil(() => shadow(dialogOf(element)).querySelector('#name-error'), 'no error at the name');
    expect(dialogPart(element, '#name-error').textContent).to.contain('tavallisin kirjaimin');
    expectDraftKept(element);
  });

  it('when the privacy notice changed while the form was open, asks for the new one at the box, keeps the text, and sends it', async () => {
    const refusal = { code: 'notice-changed', noticeVersion: '2026-12', errors: [{ code: 'consent', field: 'privacyNoticeAccepted', path: '/consent/privacyNoticeAccepted', message: 'changed' }] };
    const { bodies, restore } = answerPosts<ContactRequest>([409, refusal], [201, { id: 'cr-1', status: 'received' }]);
    try {
      const element = await finderWith(await sampleMentors(), { endpoint: '/api/contact-requests', lang: 'en', 'privacy-version': '2025-08' });
      await openAndFill(element);
      submit(element);
      await waitUntil(() => shadow(dialogOf(element)).querySelector('#consent-error'), 'the refusal is not shown at the consent box');
      const consent = dialogPart(element, '#consent') as HTMLInputElement;
      expect(consent.checked, 'the old acceptance does not count').to.equal(false);
      expect(dialogPart(element, '#consent').parentElement?.parentElement?.textContent).to.contain('has changed since this page was opened (now version 2026-12)');
      expect(alertText(element)).not.to.match(CHECK_YOUR_TEXT);
      expectDraftKept(element);
      consent.click();
      submit(element);
      await waitUntil(() => shadow(dialogOf(element)).querySelector('[part~="confirmation"]'), 'not sent after accepting the new notice');
      expect(bodies.map((body) => body.consent.noticeVersion)).to.deep.equal(['2025-08', '2026-12']);
    } finally {
      restore();
    }
  });

  it('sends the visitor’s UI language with the request for the server’s answers', async () => {
    const posts = recordPosts();
    try {
      const element = await finderWith(await sampleMentors(), { endpoint: '/__test__/contact/201', lang: 'lv' });
      await openAndFill(element);
      submit(element);
      await waitUntil(() => shadow(dialogOf(element)).querySelector('[part~="confirmation"]'), 'not sent');
      expect(posts.bodies[0]!.client?.locale).to.equal('lv');
    } finally {
      posts.restore();
    }
  });

  it('lets a host override the refusal wording through messages', async () => {
    const element = await finderWith(await sampleMentors(), { endpoint: '/__test__/contact/409?code=mentor-full', lang: 'en' });
    element.messages = { sendRefused: (refusal) => `Custom: ${refusal.code}` };
    await openAndFill(element);
    submit(element);
    await waitUntil(() => alertText(element) === 'Custom: mentor-full', 'override not used');
  });
});

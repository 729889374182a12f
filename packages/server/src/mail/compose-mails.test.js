// @ts-check
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import {
  composeMentorReminder,
  composeMentorRequest,
  composeRequesterAccepted,
  composeRequesterDeclined,
  composeRequesterExpired,
} from './compose-mails.js';
import { toMessage } from './mail-worker.js';
import { mentorFixture, programmeFixture, requestFixture } from './testing/fixtures.js';

const urls = { accept: 'https://mentors.example.org/answer?t=a.b', decline: 'https://mentors.example.org/answer?t=c.d', pause: 'https://mentors.example.org/answer?t=e.f' };
const replyBy = Date.UTC(2026, 1, 16, 9, 30);

/**
 * The raw mail nodemailer would send for a composed mail, and its parse.
 * @param {import('./compose-mails.js').OutgoingMail} mail
 */
async function build(mail) {
  const row = /** @type {import('./outbox.js').OutboxRow} */ ({
    id: 1, message_id: '<11111111-2222-3333-4444-555555555555@mentors.example.org>', kind: mail.kind, request_id: mail.requestId,
    recipient: mail.to.address, recipient_name: mail.to.name, reply_to: mail.replyTo?.address ?? null, reply_to_name: mail.replyTo?.name ?? null,
    language: mail.language, content_language: mail.contentLanguage, subject: mail.subject, text: mail.text, html: mail.html,
    status: 'sending', attempts: 1, next_attempt_at: 0, lease_until: 0, last_error: null, created_at: Date.UTC(2026, 1, 2), updated_at: 0, sent_at: null,
  });
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const info = /** @type {{ message: Buffer }} */ (await transport.sendMail(toMessage(row, '"Mentor Finder" <noreply@mentors.example.org>')));
  const raw = info.message.toString('utf8');
  return { raw, headerBlock: raw.slice(0, raw.indexOf('\r\n\r\n')), parsed: await simpleParser(raw) };
}

/** @param {import('mailparser').AddressObject | import('mailparser').AddressObject[] | undefined} field */
const addresses = (field) => (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value);

describe('the mentor’s mail', () => {
  it('is in the mentor’s language, quotes the message labelled with its own language, and links the answers', async () => {
    const mail = composeMentorRequest({ request: requestFixture(), mentor: mentorFixture(), programme: programmeFixture(), lang: 'et', replyBy, urls });
    expect(mail.subject).toBe('Mentor Finder: Piret Proov soovib sind mentoriks');
    expect(mail.contentLanguage).toBe('et, en');
    const { parsed } = await build(mail);
    expect(parsed.headers.get('content-language')).toBe('et, en');
    expect(parsed.html).toContain('<html lang="et">');
    expect(parsed.html).toContain('<blockquote lang="en" dir="auto"><p>Hello! I would like help with finding partners.<br>\nThank you.</p></blockquote>');
    expect(parsed.text).toContain('Sõnum (kirjutatud keeles: inglise):\n\n> Hello! I would like help with finding partners.\n> Thank you.');
    expect(parsed.text).toContain('Tere, Kadri!');
    for (const url of Object.values(urls)) {
      expect(parsed.text).toContain(url);
      expect(parsed.html).toContain(`href="${url}"`);
    }
    expect(addresses(parsed.to)).toEqual([{ name: 'Kadri Tamm', address: 'kadri.tamm@example.org' }]);
    expect(addresses(parsed.replyTo)).toEqual([{ name: 'Piret Proov', address: 'piret.proov@example.org' }]);
    expect(parsed.messageId).toBe('<11111111-2222-3333-4444-555555555555@mentors.example.org>');
  });

  it('has no Reply-To when the mentor has not consented to contact requests', async () => {
    const mentor = mentorFixture();
    mentor.private.consent = { ...mentor.private.consent, contactRequests: false };
    const mail = composeMentorRequest({ request: requestFixture(), mentor, programme: programmeFixture(), lang: 'en', replyBy, urls });
    expect(mail.replyTo).toBeUndefined();
    expect(mail.text).toContain('replies to this e-mail do not reach Piret Proov');
    const { parsed } = await build(mail);
    expect(parsed.replyTo).toBeUndefined();
  });

  it('escapes the message and names in HTML', () => {
    const request = requestFixture({ sender: { name: '<b>Eve</b> & "co"', email: 'eve@example.org' }, message: { text: '<script>alert(1)</script> <a href="x">y</a>', lang: 'en' } });
    const mail = composeMentorRequest({ request, mentor: mentorFixture(), programme: programmeFixture(), lang: 'en', replyBy, urls });
    expect(mail.html).not.toMatch(/<script|<b>|<a href="x"/);
    expect(mail.html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(mail.html).toContain('&#60;b&#62;Eve&#60;/b&#62; &#38; &#34;co&#34;');
  });

  it.each([
    ['CR/LF and a Bcc line', 'Eve\r\nBcc: victim@example.org'],
    ['a lone LF and a To line', 'Eve\nTo: victim@example.org'],
    ['an address list', 'Kadri Tamm <coordinator@etwinning.example>, victim@example.org'],
    ['quotes and a group', '"Eve" victim@example.org; other: a@example.org;'],
    ['encoded words', '=?utf-8?q?Eve=0D=0ABcc:_victim@example.org?='],
  ])('takes a sender name with %s as one display name and adds no header or address', async (_, name) => {
    const request = requestFixture({ sender: { name, email: 'eve@example.org' } });
    const { raw, headerBlock, parsed } = await build(composeMentorRequest({ request, mentor: mentorFixture(), programme: programmeFixture(), lang: 'en', replyBy, urls }));
    expect(parsed.headers.has('bcc')).toBe(false);
    expect(addresses(parsed.to)).toEqual([{ name: 'Kadri Tamm', address: 'kadri.tamm@example.org' }]);
    expect(addresses(parsed.replyTo).map((a) => a.address)).toEqual(['eve@example.org']);
    expect(addresses(parsed.from).map((a) => a.address)).toEqual(['noreply@mentors.example.org']);
    expect(headerBlock).not.toMatch(/^(bcc|cc|to):.*victim/im);
    expect(raw.split('\r\n\r\n')[0]?.split('\r\n').filter((line) => /^to:/i.test(line))).toHaveLength(1);
  });

  it.each(['eve@example.org\r\nBcc: victim@example.org', 'eve@example.org, victim@example.org', 'Eve <eve@example.org>', 'eve@example.org>'])(
    'leaves out a Reply-To whose address is not one plain address: %j',
    async (email) => {
      const request = requestFixture({ sender: { name: 'Eve', email } });
      const mail = composeMentorRequest({ request, mentor: mentorFixture(), programme: programmeFixture(), lang: 'en', replyBy, urls });
      expect(mail.replyTo).toBeUndefined();
      const { parsed } = await build(mail);
      expect(parsed.replyTo).toBeUndefined();
      expect(parsed.headers.has('bcc')).toBe(false);
    },
  );

  it('refuses a mentor without a plain address', () => {
    const mentor = mentorFixture();
    mentor.private.email = 'kadri@example.org, victim@example.org';
    expect(() => composeMentorRequest({ request: requestFixture(), mentor, programme: programmeFixture(), lang: 'en', replyBy, urls })).toThrow(/valid e-mail/);
  });

  it('strips bidi overrides and invisible characters from names in the subject', () => {
    const request = requestFixture({ sender: { name: 'Pi\u202eret\u200b Proov', email: 'p@example.org' } });
    const mail = composeMentorRequest({ request, mentor: mentorFixture(), programme: programmeFixture(), lang: 'en', replyBy, urls });
    expect(mail.subject).toBe('Mentor Finder: Pi ret Proov would like you as a mentor');
  });

  it('greets the mentor by the given name, and by the public display name when the record has none', () => {
    const firstLine = (/** @type {typeof composeMentorRequest} */ compose, /** @type {Record<string, unknown>} */ personal) =>
      compose({ request: requestFixture(), mentor: mentorFixture({ private: { ...mentorFixture().private, ...personal } }), programme: programmeFixture(), lang: 'en', replyBy, urls }).text.split('\n')[0];
    for (const compose of [composeMentorRequest, composeMentorReminder]) {
      expect(firstLine(compose, {})).toBe('Hello Kadri,');
      expect(firstLine(compose, { givenName: ' \u200b ' })).toBe('Hello Kadri T.,');
      expect(firstLine(compose, { givenName: undefined })).toBe('Hello Kadri T.,');
    }
  });

  it('reminds with the date it closes and fresh links', () => {
    const mail = composeMentorReminder({ request: requestFixture(), mentor: mentorFixture(), programme: programmeFixture(), lang: 'fi', replyBy, urls });
    expect(mail.kind).toBe('mentor-reminder');
    expect(mail.subject).toBe('Muistutus: Piret Proov odottaa vastaustasi');
    expect(mail.text).toContain('16. helmikuuta 2026');
    expect(mail.text).toContain(urls.accept);
  });

  it('writes Latvian and Estonian dates in figures, which fit any case the sentence needs', () => {
    const mail = composeMentorReminder({ request: requestFixture(), mentor: mentorFixture(), programme: programmeFixture(), lang: 'lv', replyBy, urls });
    expect(mail.text).toContain('Pieprasījums tiks slēgts 16.02.2026.');
    expect(mail.text).not.toMatch(/februāris|\.\./);
    const estonian = composeMentorRequest({ request: requestFixture(), mentor: mentorFixture(), programme: programmeFixture(), lang: 'et', replyBy, urls });
    expect(estonian.text).toMatch(/hiljemalt 16\.02\.2026\./);
    expect(estonian.text).not.toMatch(/veebruar|\.\./);
  });

  it('names the requester’s school or organisation when they gave one', () => {
    const request = requestFixture();
    const mail = composeMentorRequest({ request: { ...request, sender: { ...request.sender, school: 'Tallinna Kool' } }, mentor: mentorFixture(), programme: programmeFixture(), lang: 'et', replyBy, urls });
    expect(mail.text).toMatch(/Kool või asutus:\s+Tallinna Kool/);
    const without = composeMentorRequest({ request, mentor: mentorFixture(), programme: programmeFixture(), lang: 'et', replyBy, urls });
    expect(without.text).not.toContain('Kool või asutus');
  });
});

describe('the requester’s mails', () => {
  const requester = { name: 'Piret Proov', email: 'piret.proov@example.org' };
  const alternatives = [
    { displayName: 'Mari K.', country: 'EE' },
    { displayName: 'Jonas P.', country: 'LT' },
    { displayName: 'Aino L.' },
    { displayName: 'Fourth X.', country: 'FI' },
  ];

  it('on accept carry the mentor’s address only with consent', () => {
    const shared = composeRequesterAccepted({ requestId: 'r', requester, lang: 'lt', mentor: mentorFixture(), programme: programmeFixture() });
    expect(shared.subject).toBe('Kadri T. priėmė jūsų prašymą');
    expect(shared.text).toContain('kadri.tamm@example.org');
    const mentor = mentorFixture();
    mentor.private.consent = { ...mentor.private.consent, contactRequests: false };
    const notShared = composeRequesterAccepted({ requestId: 'r', requester, lang: 'lt', mentor, programme: programmeFixture() });
    expect(notShared.text).not.toContain('kadri.tamm@example.org');
    expect(notShared.text).toContain('Kadri T. parašys jums');
  });

  it('on decline quote the reason with its language and list at most three alternatives', async () => {
    const mail = composeRequesterDeclined({ requestId: 'r', requester, lang: 'lv', mentor: mentorFixture(), programme: programmeFixture(), reason: 'Mul pole <praegu> aega.', reasonLang: 'et', alternatives, findUrl: 'https://mentors.example.org/' });
    expect(mail.contentLanguage).toBe('lv, et');
    expect(mail.html).toContain('<blockquote lang="et" dir="auto"><p>Mul pole &#60;praegu&#62; aega.</p></blockquote>');
    expect(mail.text).toContain('- Mari K. (Igaunija)\n- Jonas P. (Lietuva)\n- Aino L.\n\nAtrast mentoru: https://mentors.example.org/');
    expect(mail.html).toContain('<li>Mari K. (Igaunija)</li>');
    expect(mail.text).not.toContain('Fourth X.');
    const { parsed } = await build(mail);
    expect(addresses(parsed.to)).toEqual([{ name: requester.name, address: requester.email }]);
  });

  it('on expiry say so and point to the finder when nobody has room', () => {
    const mail = composeRequesterExpired({ requestId: 'r', requester, lang: 'en', mentor: mentorFixture(), programme: programmeFixture(), receivedAt: Date.UTC(2026, 1, 2), alternatives: [], findUrl: 'https://mentors.example.org/' });
    expect(mail.subject).toBe('No answer from Kadri T.');
    expect(mail.text).toContain('did not answer your request of February 2, 2026 in “eTwinning mentor pool 2026” in time');
    expect(mail.text).toContain('No other mentor has room right now.');
    expect(mail.text).toContain('Find a mentor: https://mentors.example.org/');
  });
});

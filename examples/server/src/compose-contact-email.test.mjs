// @ts-check
import { describe, expect, it } from 'vitest';
import { loadSampleData } from '../test-support/open-test-context.mjs';
import { composeContactEmail } from './compose-contact-email.mjs';

const { mentors, programmes } = loadSampleData();
const mentor = mentors.find((/** @type {any} */ m) => m.id === 'm-ee-01');
const programme = programmes.find((/** @type {any} */ p) => p.id === 'etwinning-mentors-2026');

/** @param {Record<string, any>} sender @param {string} text */
function record(sender, text) {
  return /** @type {any} */ ({
    id: 'req-1',
    idempotencyKey: null,
    mentorId: 'm-ee-01',
    programmeId: 'etwinning-mentors-2026',
    status: 'received',
    receivedAt: '2026-02-10T09:00:00.000Z',
    deleteAfter: '2026-05-11T09:00:00.000Z',
    mentorEmail: mentor.private.email,
    request: {
      mentorId: 'm-ee-01',
      programmeId: 'etwinning-mentors-2026',
      sender,
      message: { text, lang: 'et' },
      topics: ['partner-finding'],
      consent: { privacyNoticeAccepted: true, noticeVersion: '2025-08' },
    },
  });
}

describe('composeContactEmail', () => {
  it('addresses the mentor privately and lets the reply go to the sender', () => {
    const mail = composeContactEmail(record({ name: 'Maarja K.', email: 'maarja@example.org', country: 'EE' }, 'Tere, otsin partnerit.'), mentor, programme);
    expect(mail.to).toBe('kadri.tamm@example.org');
    expect(mail.replyTo).toBe('maarja@example.org');
    expect(mail.subject).toBe('Mentor Finder: contact request from Maarja K.');
    expect(mail.text).toContain('Hello Kadri T.,');
    expect(mail.text).toContain('"eTwinning mentor pool 2026 (sample)"');
    expect(mail.text).toContain('Country: EE');
    expect(mail.text).toContain('Topics: partner-finding');
    expect(mail.text).toContain('Message (et):\nTere, otsin partnerit.');
    expect(mail.text).toContain('deleted after 2026-05-11T09:00:00.000Z');
  });

  it('keeps header values on one line so a name cannot add mail headers', () => {
    const mail = composeContactEmail(record({ name: 'Eve\r\nBcc: all@example.org', email: 'eve@example.org' }, 'x'.repeat(25)), mentor, programme);
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject).toBe('Mentor Finder: contact request from Eve Bcc: all@example.org');
  });

  it('is plain text: markup in the message stays literal text', () => {
    const text = '<script>alert(1)</script> <b>hello</b>\r\nsecond line\u0007';
    const mail = composeContactEmail(record({ name: '<img src=x onerror=alert(1)>', email: 'a@example.org' }, text), mentor, programme);
    expect(mail.text).toContain('<script>alert(1)</script> <b>hello</b>\nsecond line\n');
    expect(mail.text).toContain('<img src=x onerror=alert(1)> would like');
    expect(mail).not.toHaveProperty('html');
  });
});

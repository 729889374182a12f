import { describe, expect, it } from 'vitest';
import type { ContactRequest } from '../model/index.js';
import { validateContactRequest } from './validate-contact-request.js';

const request = (): ContactRequest & Record<string, any> => ({
  mentorId: 'm-ee-01',
  programmeId: 'etwinning-mentors-2026',
  sender: { name: 'Mari K.', email: 'mari.kask@example.org', country: 'EE', role: 'teacher', languages: ['et', 'en'], school: 'Tartu Kool' },
  message: { text: 'Tere! Otsin abi partneri leidmisel oma esimese projekti jaoks.', lang: 'et' },
  topics: ['partner-finding'],
  consent: { privacyNoticeAccepted: true, noticeVersion: '2025-08' },
  client: { locale: 'et-EE', widgetVersion: '0.1.0' },
  idempotencyKey: 'draft-2f6c1a9e-5b7d',
  hp: '',
});

const codes = (input: unknown) => validateContactRequest(input).errors.map((e) => [e.path, e.code]);

describe('validateContactRequest', () => {
  it('accepts a complete request and a minimal one', () => {
    expect(validateContactRequest(request())).toEqual({ ok: true, value: expect.any(Object), errors: [] });
    const { mentorId, programmeId, sender, message, consent } = request();
    expect(codes({ mentorId, programmeId, sender: { name: sender.name, email: sender.email }, message: { text: message.text }, consent })).toEqual([]);
  });

  it('requires message text of 20 to 2000 characters, not counting surrounding spaces', () => {
    expect(codes({ ...request(), message: { text: 'Too short.' } })).toEqual([['/message/text', 'min-length']]);
    expect(codes({ ...request(), message: { text: `${' '.repeat(30)}short${' '.repeat(30)}` } })).toEqual([['/message/text', 'min-length']]);
    expect(codes({ ...request(), message: { text: 'x'.repeat(2001) } })).toEqual([['/message/text', 'max-length']]);
    expect(codes({ ...request(), message: { text: 'x'.repeat(2000) } })).toEqual([]);
  });

  it('requires privacy notice acceptance to be exactly true', () => {
    for (const accepted of [false, 'true', 1, null]) {
      const errors = validateContactRequest({ ...request(), consent: { privacyNoticeAccepted: accepted, noticeVersion: '2025-08' } }).errors;
      expect(errors.map((e) => [e.path, e.code])).toEqual([['/consent/privacyNoticeAccepted', 'const']]);
      expect(errors[0]!.message).toMatch(/^consent\.privacyNoticeAccepted: must be true/);
    }
  });

  it('fails a filled honeypot', () => {
    const errors = validateContactRequest({ ...request(), hp: 'http://spam.example' }).errors;
    expect(errors).toEqual([expect.objectContaining({ path: '/hp', code: 'max-length', field: 'hp', message: 'hp: must be empty' })]);
  });

  it('checks sender e-mail, country and languages against their own lists', () => {
    const sender = { ...request().sender, email: 'mari@@example.org', country: 'EL', languages: ['et', 'UA', 'et'] };
    expect(codes({ ...request(), sender })).toEqual([
      ['/sender/email', 'email'],
      ['/sender/country', 'country-code'],
      ['/sender/languages/1', 'language-code'],
      ['/sender/languages/2', 'duplicate-item'],
    ]);
  });

  it('rejects unknown fields such as a server-side status', () => {
    expect(codes({ ...request(), status: 'accepted', id: 'x1' })).toEqual([
      ['/status', 'unknown-property'],
      ['/id', 'unknown-property'],
    ]);
  });

  it('treats a short or spaced idempotency key as invalid', () => {
    expect(codes({ ...request(), idempotencyKey: 'abc' })).toEqual([['/idempotencyKey', 'pattern']]);
    expect(codes({ ...request(), idempotencyKey: 'has spaces in it' })).toEqual([['/idempotencyKey', 'pattern']]);
  });
});

// @ts-check
import { randomUUID } from 'node:crypto';

/**
 * A contact request as the widget sends it, for a published mentor with a free place (m-ee-01).
 * @param {Record<string, unknown>} [overrides]
 */
export function makeContactRequest(overrides = {}) {
  return {
    mentorId: 'm-ee-01',
    programmeId: 'etwinning-mentors-2026',
    sender: { name: 'Maarja K.', email: 'maarja.k@example.org', country: 'EE', role: 'teacher', languages: ['et', 'en'] },
    message: {
      text: 'Tere! Registreerusin eTwinningusse septembris ja otsin abi partneri leidmisel.',
      lang: 'et',
    },
    topics: ['partner-finding'],
    consent: { privacyNoticeAccepted: true, noticeVersion: '2025-08' },
    client: { locale: 'et', widgetVersion: '0.1.0' },
    idempotencyKey: randomUUID(),
    hp: '',
    ...overrides,
  };
}

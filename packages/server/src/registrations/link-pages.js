// @ts-check
import { escapeHtml } from '../mail/mail-text.js';
import { registrationText } from './registration-messages.js';

/** @typedef {import('./registration-messages.js').RegistrationMessageKey} Key */

export const REFUSAL_STATUS = Object.freeze({ invalid: 403, used: 410, expired: 410, 'other-site': 403 });

/** @param {import('fastify').FastifyRequest} request */
export function tokenOf(request) {
  return /** @type {{ t?: unknown }} */ (request.query ?? {}).t;
}

/**
 * @param {'invalid' | 'used' | 'expired' | 'other-site'} code
 * @param {string} lang
 */
export function refusal(code, lang) {
  return {
    status: REFUSAL_STATUS[code],
    lang,
    title: registrationText(lang, /** @type {Key} */ (`page.${code}.title`)),
    html: `<p>${escapeHtml(registrationText(lang, /** @type {Key} */ (`page.${code}.body`)))}</p>`,
  };
}

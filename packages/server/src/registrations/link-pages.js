// @ts-check
import { acceptedLanguages } from '../app/accept-language.js';
import { pickLanguage } from '../mail/catalogues/index.js';
import { escapeHtml } from '../mail/mail-text.js';
import { registrationText } from './registration-messages.js';

/** @typedef {import('./registration-messages.js').RegistrationMessageKey} Key */

export const REFUSAL_STATUS = Object.freeze({ invalid: 403, used: 410, expired: 410, 'other-site': 403 });

/** @param {import('fastify').FastifyRequest} request */
export function tokenOf(request) {
  return /** @type {{ t?: unknown }} */ (request.query ?? {}).t;
}

/** @param {import('fastify').FastifyRequest} request */
export function fallback(request) {
  return pickLanguage(acceptedLanguages(request.headers['accept-language']));
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

// @ts-check
import { programmeName } from '../mail/compose-mails.js';
import { escapeHtml } from '../mail/mail-text.js';
import { registrationText } from './registration-messages.js';

/** @typedef {import('./registration-messages.js').RegistrationMessageKey} Key */

export const REFUSAL_STATUS = Object.freeze({ invalid: 403, used: 410, expired: 410, 'other-site': 403 });

/**
 * The name of a registration's programme in the registration's language; its id when the
 * programme is no longer served.
 * @param {{ findProgramme(id: string): import('@mentor-finder/matcher').Programme | undefined }} directory
 * @param {{ programme_id: string, lang: string }} row
 */
export function programmeNameOf(directory, row) {
  const programme = directory.findProgramme(row.programme_id);
  return programme ? programmeName(programme, /** @type {any} */ (row.lang)) : row.programme_id;
}

/** @param {import('fastify').FastifyRequest} request */
export function tokenOf(request) {
  return /** @type {{ t?: unknown }} */ (request.query ?? {}).t;
}

/**
 * A used confirmation link whose address is confirmed says so, rather than that the link was used.
 * @param {'invalid' | 'used' | 'expired' | 'other-site'} code
 * @param {string} lang
 * @param {{ purpose: string, status?: string }} [about] the link's purpose and its registration's status
 */
export function linkRefusal(code, lang, about) {
  if (code !== 'used' || about?.purpose !== 'confirm-email' || !about.status || about.status === 'awaiting-email') return refusal(code, lang);
  return {
    status: REFUSAL_STATUS.used,
    lang,
    title: registrationText(lang, 'page.confirmedBefore.title'),
    html: `<p>${escapeHtml(registrationText(lang, 'page.confirmedBefore.body'))}</p>`,
  };
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

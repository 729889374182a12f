// @ts-check
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
  return pickLanguage(String(request.headers['accept-language'] ?? '').split(',').map((part) => part.split(';')[0]));
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

/**
 * @param {import('fastify').FastifyReply} reply
 * @param {{ status: number, lang: string, title: string, html: string, script?: string }} content `script`: a module of this site the page loads
 */
export function render(reply, { status, lang, title, html, script }) {
  reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'same-origin')
    .header('x-robots-tag', 'noindex');
  return reply.send(`<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/answer.css">
${script ? `<script type="module" src="${escapeHtml(script)}"></script>\n` : ''}</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${html}
</main>
</body>
</html>
`);
}

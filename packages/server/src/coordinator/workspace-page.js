// @ts-check
import { acceptedLanguages } from '../app/accept-language.js';
import { escapeHtml } from '../mail/mail-text.js';
import { WORKSPACE_LANGUAGES, workspaceText } from './workspace-messages.js';

/**
 * @typedef {import('./workspace-messages.js').WorkspaceLanguage} WorkspaceLanguage
 * @typedef {import('./coordinator-accounts.js').Session} Session
 * @typedef {object} PageContent
 * @property {number} status
 * @property {WorkspaceLanguage} lang
 * @property {string} title
 * @property {string} body HTML, already escaped
 * @property {string} url the request's URL: the language links keep its path and query
 * @property {Session} [session] signed in: the workspace navigation and the sign-out button
 * @property {'registrations' | 'pairs'} [current] the page the navigation marks as current
 * @property {{ text: string, role: 'status' | 'alert' }} [notice] what the last action did, said first
 * @property {string[]} [scripts] module scripts of this page, served as files
 */

export const ASSETS_PATH = '/workspace/assets';
export const LANG_COOKIE = 'mf_workspace_lang';
const LANGUAGE_NAMES = Object.freeze({ en: 'English', et: 'Eesti', fi: 'Suomi', lt: 'Lietuvių', lv: 'Latviešu' });
// Query parameters that describe one action's outcome: a language link must not repeat them.
const ONE_SHOT = ['lang', 'done', 'id', 'count'];

/**
 * The page's language: `?lang=`, then the cookie a choice left, then Accept-Language, then English.
 * @param {import('fastify').FastifyRequest} request
 * @returns {{ lang: WorkspaceLanguage, chosen: boolean }} `chosen`: given in the query (remember it)
 */
export function requestLanguage(request) {
  const query = /** @type {Record<string, unknown>} */ (request.query ?? {});
  const given = supported(query.lang);
  if (given) return { lang: given, chosen: true };
  const cookies = /** @type {Record<string, string | undefined>} */ (/** @type {any} */ (request).cookies ?? {});
  const remembered = supported(cookies[LANG_COOKIE]);
  if (remembered) return { lang: remembered, chosen: false };
  return { lang: fromAcceptLanguage(request.headers['accept-language']) ?? 'en', chosen: false };
}

/**
 * The page's language, remembered in a cookie when chosen with ?lang=.
 * @param {import('fastify').FastifyRequest} request
 * @param {import('fastify').FastifyReply} reply
 * @param {{ publicBaseUrl: string }} config
 */
export function pageLanguage(request, reply, config) {
  const { lang, chosen } = requestLanguage(request);
  const secure = new URL(config.publicBaseUrl).protocol === 'https:';
  if (chosen) reply.setCookie(LANG_COOKIE, lang, { path: '/workspace', httpOnly: true, secure, sameSite: 'lax', maxAge: 365 * 86400 });
  return lang;
}

/**
 * @param {string | undefined} header
 * @returns {WorkspaceLanguage | undefined}
 */
export function fromAcceptLanguage(header) {
  return acceptedLanguages(header).map((tag) => supported(tag.toLowerCase().split('-')[0])).find((lang) => lang !== undefined);
}

/**
 * @param {unknown} value
 * @returns {WorkspaceLanguage | undefined}
 */
function supported(value) {
  return typeof value === 'string' && /** @type {readonly string[]} */ (WORKSPACE_LANGUAGES).includes(value) ? /** @type {WorkspaceLanguage} */ (value) : undefined;
}

/**
 * Date and time of a stored timestamp, in the page's language and the service's time zone
 * (MF_TIME_ZONE), named (`2. veebr 2026, 11:00 GMT +2`): coordinators read their own clock.
 * @param {WorkspaceLanguage} lang
 * @param {number | null | undefined} time
 * @param {string} [timeZone] IANA zone (MF_TIME_ZONE)
 */
export function formatTime(lang, time, timeZone = 'UTC') {
  if (typeof time !== 'number') return '';
  const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(time);
  const zone = new Intl.DateTimeFormat(lang, { timeZone, timeZoneName: 'short' }).formatToParts(time).find((part) => part.type === 'timeZoneName')?.value;
  return zone ? `${when} ${zone}` : when;
}

/**
 * @param {WorkspaceLanguage} lang
 * @param {string} day YYYY-MM-DD
 */
export function formatDay(lang, day) {
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(time) ? day : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(time);
}

/**
 * A hidden field carrying the session's CSRF token, for every form that changes something.
 * @param {Session} session
 */
export const csrfField = (session) => `<input type="hidden" name="_csrf" value="${escapeHtml(session.csrfToken)}">`;

/**
 * Sends a whole workspace page: no caching, no indexing, the stylesheet as a file.
 * @param {import('fastify').FastifyReply} reply
 * @param {PageContent} content
 */
export function sendPage(reply, content) {
  reply
    .code(content.status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    // Under no-referrer browsers send `Origin: null` with a form; same-origin keeps the Origin check working.
    .header('referrer-policy', 'same-origin')
    .header('x-robots-tag', 'noindex');
  return reply.send(renderPage(content));
}

/** @param {PageContent} content */
export function renderPage({ lang, title, body, url, session, current, notice, scripts = [] }) {
  const t = (/** @type {import('./workspace-messages.js').WorkspaceMessageKey} */ key, /** @type {Record<string, string | number>} */ params = {}) => escapeHtml(workspaceText(lang, key, params));
  const nav = session
    ? `<nav class="ws-nav" aria-label="${t('layout.nav')}"><ul>
<li><a href="/workspace/"${current === 'registrations' ? ' aria-current="page"' : ''}>${t('nav.registrations')}</a></li>
<li><a href="/workspace/pairs"${current === 'pairs' ? ' aria-current="page"' : ''}>${t('nav.pairs')}</a></li>
</ul></nav>
<div class="ws-account"><span>${t('workspace.signed-in-as', { email: session.coordinator.email })}</span>
<form method="post" action="/workspace/logout">${csrfField(session)}<button type="submit" class="ws-button ws-button--quiet">${t('workspace.sign-out')}</button></form></div>`
    : '';
  // The target of the #notice an action's answer points to: focused on arrival, read out first.
  const noticeHtml = notice ? `<p class="ws-notice ws-notice--${notice.role === 'alert' ? 'error' : 'done'}" id="notice" tabindex="-1" role="${notice.role}">${escapeHtml(notice.text)}</p>\n` : '';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · ${t('workspace.title')}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${ASSETS_PATH}/workspace.css">
${[...(session ? [`${ASSETS_PATH}/workspace-session.js`] : []), ...scripts].map((src) => `<script type="module" src="${escapeHtml(src)}"></script>`).join('\n')}
</head>
<body>
<a class="ws-skip" href="#main">${t('layout.skip')}</a>
<header class="ws-header">
<p class="ws-brand">${t('workspace.title')}</p>
${nav}
${languageSwitcher(lang, url)}
</header>
<main id="main" tabindex="-1">
<h1>${escapeHtml(title)}</h1>
${noticeHtml}${body}
</main>
${session ? sessionDialog(lang, session) : ''}</body>
</html>
`;
}

/**
 * The warning before the session ends and the way back in after it has (workspace-session.js
 * shows one part at a time and writes the time in).
 * @param {WorkspaceLanguage} lang
 * @param {Session} session
 */
function sessionDialog(lang, session) {
  const TIME = '\u0000';
  const text = (/** @type {import('./workspace-messages.js').WorkspaceMessageKey} */ key) =>
    escapeHtml(workspaceText(lang, key, { time: TIME, email: session.coordinator.email })).replace(TIME, '<time data-session-time></time>');
  const part = (/** @type {'idle' | 'limit' | 'ended' | 'offline'} */ state, /** @type {string} */ actions) => `<div data-state="${state}" hidden>
<h2 id="ws-session-${state}-title">${text(`session.${state}-title`)}</h2>
<p id="ws-session-${state}-text">${text(`session.${state}-text`)}</p>
${actions}
</div>`;
  const button = (/** @type {string} */ action, /** @type {import('./workspace-messages.js').WorkspaceMessageKey} */ key, primary = true) =>
    `<button type="button" class="ws-button${primary ? ' ws-button--primary' : ''}" data-session="${action}">${text(key)}</button>`;
  const { idleSeconds, absoluteSeconds } = session.timeLeft;
  return `<dialog class="ws-session" id="ws-session" data-idle-limit="${session.idleLimitSeconds}" data-idle-left="${idleSeconds}" data-absolute-left="${absoluteSeconds}" data-email="${escapeHtml(session.coordinator.email)}">
${part('idle', `<p class="ws-session-actions">${button('extend', 'session.extend')}</p>`)}
${part('limit', `<p class="ws-session-actions">${button('close', 'session.ok')}</p>`)}
${part('ended', `<p class="ws-session-actions"><a href="/workspace/login" target="_blank">${text('session.sign-in')}</a> ${button('continue', 'session.continue')}</p>`)}
${part('offline', `<p class="ws-session-actions">${button('close', 'session.ok')}</p>`)}
<p class="ws-session-problem" role="alert" data-text-still-out="${text('session.still-out')}" data-text-unreachable="${text('session.unreachable')}" data-text-other-account="${text('session.other-account')}"></p>
</dialog>
`;
}

/**
 * Links to this page in each language, keeping what the page shows (the query) but not the
 * outcome of the last action.
 * @param {WorkspaceLanguage} lang
 * @param {string} url
 */
function languageSwitcher(lang, url) {
  const parsed = new URL(url, 'http://workspace.invalid');
  for (const name of ONE_SHOT) parsed.searchParams.delete(name);
  const links = WORKSPACE_LANGUAGES.map((code) => {
    const params = new URLSearchParams(parsed.searchParams);
    params.set('lang', code);
    const here = code === lang ? ' aria-current="true"' : '';
    return `<li><a href="${escapeHtml(`${parsed.pathname}?${params}`)}" lang="${code}" hreflang="${code}"${here}>${LANGUAGE_NAMES[code]}</a></li>`;
  }).join('');
  return `<nav class="ws-langs" aria-label="${escapeHtml(workspaceText(lang, 'layout.language'))}"><ul>${links}</ul></nav>`;
}

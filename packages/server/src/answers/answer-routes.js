// @ts-check
import { readFileSync } from 'node:fs';
import formbody from '@fastify/formbody';
import { browserLanguage } from '../app/accept-language.js';
import { sendLinkPage } from '../app/link-page.js';
import { verifyLink } from '../links/answer-links.js';
import { translate } from '../mail/catalogues/index.js';
import { escapeHtml } from '../mail/mail-text.js';
import { acceptRequest, checkAnswerLink, declineRequest, pauseMentor } from './request-answers.js';

/**
 * @typedef {import('./request-answers.js').AnswerContext} AnswerContext
 * @typedef {import('./request-answers.js').AnswerOutcome} AnswerOutcome
 * @typedef {import('../mail/catalogues/index.js').MailLanguage} MailLanguage
 * @typedef {import('../mail/catalogues/index.js').MessageKey} MessageKey
 */

const STYLESHEET = readFileSync(new URL('./answers.css', import.meta.url), 'utf8');

/** Status of each refusal: a forged link is forbidden, a spent or expired one gone, a taken place a conflict. */
const REFUSAL_STATUS = Object.freeze({ invalid: 403, used: 410, expired: 410, answered: 409, 'no-place': 409, 'other-site': 403 });

/**
 * The mentor's answer pages, as a Fastify plugin. `GET /answer?t=<token>` only shows what the
 * link would do (mail scanners fetch links); the form on that page posts back to the same URL,
 * token included, and only that POST acts. Options: `{ ctx }`, the answer context.
 * @param {import('fastify').FastifyInstance} fastify
 * @param {{ ctx: AnswerContext }} options
 */
export default async function answerRoutes(fastify, { ctx }) {
  if (!fastify.hasContentTypeParser('application/x-www-form-urlencoded')) await fastify.register(formbody);
  const ownOrigin = new URL(ctx.config.publicBaseUrl).origin;

  fastify.get('/answer.css', async (_request, reply) => {
    reply.header('Content-Type', 'text/css; charset=utf-8').header('Cache-Control', 'public, max-age=3600');
    return STYLESHEET;
  });

  fastify.get('/answer', async (request, reply) => {
    const token = tokenOf(request);
    const check = verifyLink(ctx.config.secret, token, ctx.clock.now());
    if (!check.ok) return sendLinkPage(reply, refusalPage(check.code, linkLanguage(ctx, check, request)));
    const state = checkAnswerLink(ctx, check.link);
    if (!state.ok) return sendLinkPage(reply, refusalPage(state.code, state.row?.mentor_lang ?? browserLanguage(request), state.row));
    return sendLinkPage(reply, confirmPage(check.link.purpose, state.row.mentor_lang, state.row.requester_name));
  });

  fastify.post('/answer', { bodyLimit: 8 * 1024 }, async (request, reply) => {
    const token = tokenOf(request);
    const check = verifyLink(ctx.config.secret, token, ctx.clock.now());
    if (!check.ok) return sendLinkPage(reply, refusalPage(check.code, linkLanguage(ctx, check, request)));
    const origin = request.headers.origin;
    // The token is the capability; the Origin check also turns away forms posted from other sites.
    if (origin !== undefined && origin !== ownOrigin) {
      return sendLinkPage(reply, refusalPage('other-site', checkAnswerLink(ctx, check.link).row?.mentor_lang ?? browserLanguage(request)));
    }
    const body = /** @type {Record<string, unknown> | undefined} */ (request.body);
    const { link } = check;
    /** @type {AnswerOutcome} */
    const outcome =
      link.purpose === 'accept' ? acceptRequest(ctx, link) : link.purpose === 'decline' ? declineRequest(ctx, link, body?.reason) : pauseMentor(ctx, link);
    if (!outcome.ok) return sendLinkPage(reply, refusalPage(outcome.code, outcome.row?.mentor_lang ?? browserLanguage(request), outcome.row));
    request.log.info({ requestId: link.requestId, answer: link.purpose }, 'mentor answered');
    const lang = outcome.row.mentor_lang;
    const key = /** @type {const} */ ({ accept: 'page.accepted', decline: 'page.declined', pause: 'page.paused' })[link.purpose];
    return sendLinkPage(reply, { status: 200, lang, title: translate(lang, key, { name: outcome.row.requester_name }), html: '' });
  });
}

/**
 * The token from the query (`t`); anything else counts as no token.
 * @param {import('fastify').FastifyRequest} request
 */
function tokenOf(request) {
  const t = /** @type {Record<string, unknown>} */ (request.query ?? {}).t;
  return typeof t === 'string' ? t : undefined;
}

/**
 * The mentor's language for a genuine link that expired; the browser's for anything else.
 * @param {AnswerContext} ctx
 * @param {import('../links/answer-links.js').LinkCheck} check
 * @param {import('fastify').FastifyRequest} request
 * @returns {MailLanguage}
 */
function linkLanguage(ctx, check, request) {
  if (check.ok || check.code !== 'expired') return browserLanguage(request);
  return checkAnswerLink(ctx, check.link).row?.mentor_lang ?? browserLanguage(request);
}

/**
 * @typedef {import('../app/link-page.js').LinkPage} Page
 */

/**
 * @param {'accept' | 'decline' | 'pause'} purpose
 * @param {MailLanguage} lang
 * @param {string} name
 * @returns {Page}
 */
function confirmPage(purpose, lang, name) {
  const t = (/** @type {MessageKey} */ key) => escapeHtml(translate(lang, key, { name }));
  const parts = {
    accept: { title: 'page.acceptTitle', text: 'page.acceptBody', button: 'page.acceptButton', reason: false },
    decline: { title: 'page.declineTitle', text: 'page.declineBody', button: 'page.declineButton', reason: true },
    pause: { title: 'page.pauseTitle', text: 'page.pauseBody', button: 'page.pauseButton', reason: false },
  }[purpose];
  const reason = parts.reason
    ? `<label for="reason">${t('page.declineReason')}</label>\n<textarea id="reason" name="reason" rows="4" maxlength="1000"></textarea>\n`
    : '';
  return {
    status: 200,
    lang,
    title: translate(lang, /** @type {MessageKey} */ (parts.title), { name }),
    // Without an action the form posts back to this page's own URL, which holds the token.
    html: `<p>${t(/** @type {MessageKey} */ (parts.text))}</p>\n<form method="post">\n${reason}<button type="submit">${t(/** @type {MessageKey} */ (parts.button))}</button>\n</form>`,
  };
}

/**
 * @param {keyof typeof REFUSAL_STATUS} code
 * @param {MailLanguage} lang
 * @param {{ requester_name: string, status: string }} [row]
 * @returns {Page}
 */
function refusalPage(code, lang, row) {
  const name = row?.requester_name ?? '';
  /** @type {Record<keyof typeof REFUSAL_STATUS, () => string>} */
  const messages = {
    invalid: () => translate(lang, 'page.invalid'),
    used: () => translate(lang, 'page.used'),
    expired: () => translate(lang, 'page.expired'),
    answered: () => translate(lang, 'page.answered', { status: translate(lang, /** @type {MessageKey} */ (`status.${row?.status ?? 'expired'}`)) }),
    'no-place': () => translate(lang, 'page.noPlace', { name }),
    'other-site': () => translate(lang, 'page.otherSite'),
  };
  const title = code === 'no-place' ? messages['no-place']() : translate(lang, 'page.errorTitle');
  const html = code === 'no-place' ? '' : `<p>${escapeHtml(messages[code]())}</p>\n<p>${escapeHtml(translate(lang, 'page.nothingChanged'))}</p>`;
  return { status: REFUSAL_STATUS[code], lang, title, html };
}

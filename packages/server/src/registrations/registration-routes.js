// @ts-check
import formbody from '@fastify/formbody';
import { browserLanguage } from '../app/accept-language.js';
import { sendLinkPage } from '../app/link-page.js';
import { clientKey } from '../contact/client-key.js';
import { createRateLimiter } from '../contact/create-rate-limiter.js';
import { REGISTRATION_LINK_PURPOSES, verifyLink } from '../links/answer-links.js';
import { escapeHtml } from '../mail/mail-text.js';
import { linkRefusal, programmeNameOf, refusal, tokenOf } from './link-pages.js';
import newProfileLinksRoutes, { profileLinkRefusal } from './new-profile-links.js';
import profileRoutes from './profile-routes.js';
import { refusalBody } from './refusal-body.js';
import { registrationText } from './registration-messages.js';
import { actOnRegistrationLink, checkRegistrationLink, readRegistration, submitRegistration } from './registration-store.js';

/**
 * @typedef {import('./registration-store.js').RegistrationContext} RegistrationContext
 * @typedef {import('./registration-messages.js').RegistrationMessageKey} Key
 */

const PAGES = /** @type {const} */ ({ confirm: 'confirm-email', pause: 'pause-profile' });

/**
 * `POST /api/registrations` (the registration form), and the pages behind the links mailed to
 * people who registered: `/registrations/confirm` and `/registrations/pause`. A GET shows what
 * the link would do and changes nothing (mail scanners fetch links); the page's POST acts.
 * @param {import('fastify').FastifyInstance} fastify
 * @param {RegistrationContext} ctx
 */
export default async function registrationRoutes(fastify, ctx) {
  if (!fastify.hasContentTypeParser('application/x-www-form-urlencoded')) await fastify.register(formbody);
  const rateLimiter = createRateLimiter({ max: ctx.config.rateLimit.max, windowSeconds: ctx.config.rateLimit.windowSeconds, now: () => ctx.clock.now() });
  const ownOrigin = new URL(ctx.config.publicBaseUrl).origin;
  await fastify.register(profileRoutes, ctx);
  await fastify.register(newProfileLinksRoutes, ctx);

  fastify.post('/api/registrations', { bodyLimit: Math.max(ctx.config.bodyLimit, 64 * 1024) }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const query = /** @type {{ kind?: unknown, lang?: unknown }} */ (request.query ?? {});
    const read = readRegistration(request.body, query);
    if (!read.ok) return reply.code(400).send({ code: 'invalid-registration', field: read.error.field, message: read.error.message, errors: [read.error] });
    const result = submitRegistration(ctx, read, () => {
      const decision = rateLimiter.take(clientKey(request.ip));
      return decision.allowed ? undefined : { retryAfterSeconds: decision.retryAfterSeconds };
    });
    if (!result.ok && result.status === 429) {
      return reply.code(429).header('retry-after', String(result.retryAfterSeconds)).send({ code: 'rate-limited', message: `Too many registrations from this network; try again in ${result.retryAfterSeconds} seconds.` });
    }
    // 422: a well-formed registration the programme's vocabularies or rules do not admit.
    if (!result.ok) return reply.code(result.status).send(refusalBody(result, 'Invalid registration.'));
    // A mentor's duplicate is looked for when the address is confirmed.
    request.log.info({ event: 'registration', registration: result.id, kind: read.kind, ...(read.kind === 'mentee' ? { duplicate: result.duplicateOf !== null } : {}) }, 'registration stored');
    return reply.code(202).send({ id: result.id, status: result.status });
  });

  for (const [page, purpose] of Object.entries(PAGES)) {
    const path = `/registrations/${page}`;
    fastify.get(path, async (request, reply) => {
      const check = verify(request, purpose);
      if (!check.ok) return sendLinkPage(reply, profileLinkRefusal(ctx, request, check.code, browserLanguage(request)));
      const state = checkRegistrationLink(ctx, check.link);
      if (!state.ok) return sendLinkPage(reply, linkRefusal(state.code, state.row?.lang ?? browserLanguage(request), { purpose, status: state.row?.status }));
      const lang = state.row.lang;
      const name = programmeNameOf(ctx.directory, state.row);
      const [title, body, button] = /** @type {[Key, Key, Key]} */ (page === 'confirm' ? ['page.confirm.title', 'page.confirm.body', 'page.confirm.button'] : ['page.pause.title', 'page.pause.body', 'page.pause.button']);
      return sendLinkPage(reply, {
        status: 200,
        lang,
        title: registrationText(lang, title),
        html: `<p>${escapeHtml(registrationText(lang, body, { programme: name }))}</p>
<form method="post" action="${path}?t=${encodeURIComponent(/** @type {string} */ (tokenOf(request)))}"><button type="submit">${escapeHtml(registrationText(lang, button))}</button></form>`,
      });
    });
    fastify.post(path, { bodyLimit: 4096 }, async (request, reply) => {
      const check = verify(request, purpose);
      if (!check.ok) return sendLinkPage(reply, profileLinkRefusal(ctx, request, check.code, browserLanguage(request)));
      const origin = request.headers.origin;
      if (origin !== undefined && origin !== ownOrigin) return sendLinkPage(reply, refusal('other-site', browserLanguage(request)));
      const outcome = actOnRegistrationLink(ctx, check.link);
      if (!outcome.ok) return sendLinkPage(reply, linkRefusal(outcome.code, outcome.row?.lang ?? browserLanguage(request), { purpose, status: outcome.row?.status }));
      const lang = outcome.row.lang;
      request.log.info({ event: purpose, registration: outcome.row.id, registeredBefore: outcome.registeredBefore }, 'registration link used');
      const [title, body] = donePage(page, outcome.registeredBefore !== undefined);
      return sendLinkPage(reply, { status: 200, lang, title: registrationText(lang, title), html: `<p>${escapeHtml(registrationText(lang, body, { programme: programmeNameOf(ctx.directory, outcome.row) }))}</p>` });
    });
  }

  /**
   * @param {import('fastify').FastifyRequest} request
   * @param {string} purpose
   */
  function verify(request, purpose) {
    return verifyLink(ctx.config.secret, tokenOf(request), ctx.clock.now(), REGISTRATION_LINK_PURPOSES.filter((p) => /** @type {string} */ (p) === purpose));
  }
}

/**
 * The words of the page after a link acted.
 * @param {string} page
 * @param {boolean} registeredBefore the confirmed address was already an approved mentor's
 * @returns {[Key, Key]}
 */
function donePage(page, registeredBefore) {
  if (page !== 'confirm') return ['page.paused.title', 'page.paused.body'];
  return registeredBefore ? ['page.registeredBefore.title', 'page.registeredBefore.body'] : ['page.confirmed.title', 'page.confirmed.body'];
}

// @ts-check
import { browserLanguage } from '../app/accept-language.js';
import { sendLinkPage } from '../app/link-page.js';
import { REGISTRATION_LINK_PURPOSES, verifyLink } from '../links/answer-links.js';
import { escapeHtml } from '../mail/mail-text.js';
import { programmeNameOf, REFUSAL_STATUS, refusal, tokenOf } from './link-pages.js';
import { profileLinkRefusal } from './new-profile-links.js';
import { checkProfileLink, profileView, resumeProfile, saveProfile } from './profile-update.js';
import { refusalBody } from './refusal-body.js';
import { registrationText } from './registration-messages.js';

/**
 * @typedef {import('./registration-store.js').RegistrationContext} RegistrationContext
 */

const PURPOSES = REGISTRATION_LINK_PURPOSES.filter((p) => /** @type {string} */ (p) === 'update-profile');

/**
 * The mentor's own profile, behind the update link of the approval and reconfirmation mails:
 * `GET /registrations/update` (a page with `<mentor-registration>` filled from the stored
 * record; changes nothing), `GET|POST /api/profile` (the record for the form, and its save),
 * `POST /registrations/resume` (a paused profile back in the directory). The link is not spent
 * by using it; it works until it expires.
 * @param {import('fastify').FastifyInstance} fastify
 * @param {RegistrationContext} ctx
 */
export default async function profileRoutes(fastify, ctx) {
  const ownOrigin = new URL(ctx.config.publicBaseUrl).origin;

  /**
   * The registration the request's link is for, or why not.
   * @param {import('fastify').FastifyRequest} request
   */
  function resolve(request) {
    const check = verifyLink(ctx.config.secret, tokenOf(request), ctx.clock.now(), PURPOSES);
    if (!check.ok) return { ok: /** @type {const} */ (false), code: check.code, lang: browserLanguage(request) };
    const state = checkProfileLink(ctx, check.link);
    if (!state.ok) return { ok: /** @type {const} */ (false), code: state.code, lang: state.row?.lang ?? browserLanguage(request) };
    return { ok: /** @type {const} */ (true), row: state.row };
  }

  /** @param {import('fastify').FastifyRequest} request */
  const foreign = (request) => request.headers.origin !== undefined && request.headers.origin !== ownOrigin;
  /** @param {import('fastify').FastifyRequest} request */
  const query = (request) => `?t=${encodeURIComponent(String(tokenOf(request)))}`;

  fastify.get('/registrations/update', async (request, reply) => {
    const found = resolve(request);
    if (!found.ok) return sendLinkPage(reply, profileLinkRefusal(ctx, request, found.code, found.lang));
    const { row } = found;
    const lang = row.lang;
    const name = programmeNameOf(ctx.directory, row);
    // The page offers the current notice (a mentor who accepted another must accept it again); without one configured, the version accepted before.
    const version = ctx.config.privacyVersion ?? JSON.parse(row.record).private?.consent?.noticeVersion ?? '1';
    const paused = row.paused_at === null
      ? ''
      : `<p>${escapeHtml(registrationText(lang, 'page.update.paused'))}</p>
<form method="post" action="/registrations/resume${escapeHtml(query(request))}"><button type="submit">${escapeHtml(registrationText(lang, 'page.update.resume'))}</button></form>`;
    const api = `/api/profile${query(request)}`;
    const privacy = ctx.config.privacyUrl ? ` privacy-url="${escapeHtml(ctx.config.privacyUrl)}"` : '';
    return sendLinkPage(reply, {
      status: 200,
      lang,
      title: registrationText(lang, 'page.update.title'),
      // The form is headed "Your mentor profile" itself; the page is headed by the programme.
      heading: name,
      script: '/mentor-registration.js',
      html: `<p>${escapeHtml(registrationText(lang, 'page.update.body', { programme: name }))}</p>
${paused}
<mentor-registration kind="mentor" programme="${escapeHtml(row.programme_id)}" src="/programmes.json" profile-src="${escapeHtml(api)}" endpoint="${escapeHtml(api)}" lang="${escapeHtml(lang)}"${privacy} privacy-version="${escapeHtml(String(version))}"></mentor-registration>
<noscript><p>${escapeHtml(registrationText(lang, 'page.update.noscript'))}</p></noscript>`,
    });
  });

  fastify.post('/registrations/resume', { bodyLimit: 4096 }, async (request, reply) => {
    const found = resolve(request);
    if (!found.ok) return sendLinkPage(reply, profileLinkRefusal(ctx, request, found.code, found.lang));
    if (foreign(request)) return sendLinkPage(reply, refusal('other-site', found.row.lang));
    const outcome = resumeProfile(ctx, found.row);
    if (!outcome.ok) return sendLinkPage(reply, refusal(outcome.code, found.row.lang));
    const lang = found.row.lang;
    request.log.info({ event: 'profile-resumed', registration: found.row.id }, 'registration link used');
    return sendLinkPage(reply, {
      status: 200,
      lang,
      title: registrationText(lang, 'page.resumed.title'),
      html: `<p>${escapeHtml(registrationText(lang, 'page.resumed.body'))}</p>
<p><a href="/registrations/update${escapeHtml(query(request))}">${escapeHtml(registrationText(lang, 'page.update.title'))}</a></p>`,
    });
  });

  fastify.get('/api/profile', async (request, reply) => {
    reply.header('cache-control', 'no-store').header('referrer-policy', 'same-origin');
    const found = resolve(request);
    if (!found.ok) return reply.code(REFUSAL_STATUS[found.code]).send(linkRefusal(found.code));
    return profileView(found.row);
  });

  fastify.post('/api/profile', { bodyLimit: Math.max(ctx.config.bodyLimit, 64 * 1024) }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const found = resolve(request);
    if (!found.ok) return reply.code(REFUSAL_STATUS[found.code]).send(linkRefusal(found.code));
    if (foreign(request)) return reply.code(403).send({ code: 'other-site', message: 'The profile can only be saved from this site.' });
    const result = saveProfile(ctx, found.row, request.body);
    if (!result.ok && 'errors' in result) return reply.code(result.status).send(refusalBody(result, 'Invalid profile.'));
    if (!result.ok) return reply.code(410).send(linkRefusal('used'));
    request.log.info({ event: 'profile-updated', registration: result.row.id, changed: result.changed.length }, 'profile updated');
    return { id: result.row.id, status: 'saved', changed: result.changed, ...pick(profileView(result.row)) };
  });
}

/** @param {ReturnType<typeof profileView>} view */
function pick({ updatedAt, reconfirmDueAt, paused }) {
  return { updatedAt, reconfirmDueAt, paused };
}

/** @param {'invalid' | 'used' | 'expired'} code */
function linkRefusal(code) {
  const words = { invalid: 'The link is damaged or not from this site.', used: 'The link no longer applies to this profile.', expired: 'The link has expired; open it again from the mail to have new links sent.' };
  return { code: `link-${code}`, message: words[code] };
}

// @ts-check
import { browserLanguage } from '../app/accept-language.js';
import { sendLinkPage } from '../app/link-page.js';
import { REGISTRATION_LINK_PURPOSES, verifyLink } from '../links/answer-links.js';
import { escapeHtml } from '../mail/mail-text.js';
import { enqueueMail } from '../mail/outbox.js';
import { programmeNameOf, refusal, tokenOf } from './link-pages.js';
import { registrationText } from './registration-messages.js';
import { getRegistration, PROFILE_LINK_DAYS, profileLinksMail } from './registration-store.js';

/**
 * @typedef {import('./registration-store.js').RegistrationContext} RegistrationContext
 * @typedef {NonNullable<ReturnType<typeof getRegistration>>} RegistrationRow
 */

/** The links of an approved mentor's profile; only these offer new ones once expired. */
const PROFILE_PURPOSES = REGISTRATION_LINK_PURPOSES.filter((p) => /** @type {string} */ (p) === 'update-profile' || /** @type {string} */ (p) === 'pause-profile');
/** However often the button is pressed, at most one mail of new links per mentor in each window of this many minutes, */
export const NEW_LINKS_MINUTES = 10;
/** and at most this many in a day: whoever holds an old link (a forwarded mail) cannot flood the mentor's inbox. */
export const NEW_LINKS_PER_DAY = 3;
const PATH = '/registrations/new-links';

/**
 * Whether a token is a genuine profile link (expired or not), and the approved mentor it was
 * mailed to (undefined when the registration is no longer approved or its programme no longer
 * served: no links could be made for it).
 * @param {RegistrationContext} ctx
 * @param {unknown} token
 * @returns {{ genuine: false } | { genuine: true, row: RegistrationRow | undefined }}
 */
function linkOwner(ctx, token) {
  const check = verifyLink(ctx.config.secret, token, ctx.clock.now(), PROFILE_PURPOSES);
  if (!check.ok && check.code === 'invalid') return { genuine: false };
  const row = getRegistration(ctx.db, check.link.requestId);
  const served = row !== undefined && ctx.directory.findProgramme(row.programme_id) !== undefined;
  return { genuine: true, row: served && row.kind === 'mentor' && row.status === 'approved' ? row : undefined };
}

/**
 * The page of a profile link that cannot be used: for an expired link of an approved mentor,
 * the refusal with a button that mails new links (the mentor has no other way to their profile
 * until the yearly reconfirmation); otherwise the refusal alone.
 * @param {RegistrationContext} ctx
 * @param {import('fastify').FastifyRequest} request
 * @param {'invalid' | 'used' | 'expired' | 'other-site'} code
 * @param {string} lang the refusal's language when no new links are offered
 */
export function profileLinkRefusal(ctx, request, code, lang) {
  const owner = code === 'expired' ? linkOwner(ctx, tokenOf(request)) : undefined;
  const row = owner?.genuine ? owner.row : undefined;
  if (!row) return refusal(code, lang);
  const page = refusal('expired', row.lang);
  const action = `${PATH}?t=${encodeURIComponent(/** @type {string} */ (tokenOf(request)))}`;
  return {
    ...page,
    html: `${page.html}
<p>${escapeHtml(registrationText(row.lang, 'page.expired.offer'))}</p>
<form method="post" action="${escapeHtml(action)}"><button type="submit">${escapeHtml(registrationText(row.lang, 'page.expired.send'))}</button></form>`,
  };
}

/**
 * Queues the mail with fresh update and pause links to the mentor's registered address, unless
 * one went in this NEW_LINKS_MINUTES window (the outbox keeps one mail per kind and key) or
 * NEW_LINKS_PER_DAY went in the last day; whether it queued one.
 * @param {RegistrationContext} ctx
 * @param {RegistrationRow} row of a served programme (see linkOwner)
 */
function queueNewLinks(ctx, row) {
  const programme = /** @type {import('@mentor-finder/matcher').Programme} */ (ctx.directory.findProgramme(row.programme_id));
  const now = ctx.clock.now();
  const today = ctx.db
    .prepare(`SELECT count(*) FROM mail_outbox WHERE kind = 'profile-links' AND request_id LIKE ? ESCAPE '\\' AND created_at > ?`)
    .pluck()
    .get(`${row.id.replace(/[\\%_]/g, '\\$&')}:links:%`, now - 86_400_000);
  if (Number(today) >= NEW_LINKS_PER_DAY) return false;
  const mail = profileLinksMail(ctx, 'profile-links', row, programme, { id: `${row.id}:links:${Math.floor(now / (NEW_LINKS_MINUTES * 60_000))}`, days: PROFILE_LINK_DAYS });
  return enqueueMail(ctx.db, mail, { now, publicBaseUrl: ctx.config.publicBaseUrl }) !== undefined;
}

/**
 * `POST /registrations/new-links?t=…`: the button of an expired profile link's page. The link
 * still proves which mentor it was mailed to, so the new links go to that registered address and
 * nowhere else; the page says the same whether or not this press queued a mail (see queueNewLinks).
 * @param {import('fastify').FastifyInstance} fastify
 * @param {RegistrationContext} ctx
 */
export default async function newProfileLinksRoutes(fastify, ctx) {
  const ownOrigin = new URL(ctx.config.publicBaseUrl).origin;
  fastify.post(PATH, { bodyLimit: 4096 }, async (request, reply) => {
    const owner = linkOwner(ctx, tokenOf(request));
    if (!owner.genuine) return sendLinkPage(reply, refusal('invalid', browserLanguage(request)));
    const { row } = owner;
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== ownOrigin) return sendLinkPage(reply, refusal('other-site', row?.lang ?? browserLanguage(request)));
    if (!row) return sendLinkPage(reply, refusal('used', browserLanguage(request)));
    const queued = queueNewLinks(ctx, row);
    request.log.info({ event: 'profile-links', registration: row.id, queued }, queued ? 'new profile links queued' : 'new profile links asked for again (one went out in this window, or the day\'s limit)');
    return sendLinkPage(reply, {
      status: 200,
      lang: row.lang,
      title: registrationText(row.lang, 'page.newLinks.title'),
      html: `<p>${escapeHtml(registrationText(row.lang, 'page.newLinks.body', { programme: programmeNameOf(ctx.directory, row) }))}</p>`,
    });
  });
}

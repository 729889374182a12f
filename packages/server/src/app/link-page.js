// @ts-check
import { escapeHtml } from '../mail/mail-text.js';

/**
 * @typedef {object} LinkPage
 * @property {number} status
 * @property {string} lang
 * @property {string} title plain text
 * @property {string} [heading] plain text of the page's h1 when it is not the title (a page whose component has its own heading)
 * @property {string} html the page's body, already escaped
 * @property {string} [script] a module of this site the page loads
 */

/** @typedef {{ name: string, url: string | undefined }} SiteHome */

const SITE_HOME = 'linkPageSiteHome';

/**
 * Names the organisation's site (and links its home page) at the top of every link page, so a
 * person who followed a mail link knows whose page it is and has a way on.
 * @param {import('fastify').FastifyInstance} app
 * @param {{ siteName?: string | undefined, siteUrl?: string | undefined }} config
 */
export function decorateSiteHome(app, { siteName, siteUrl }) {
  /** @type {SiteHome | null} */
  const home = siteName ? { name: siteName, url: siteUrl } : null;
  app.decorate(SITE_HOME, home);
}

/** @param {SiteHome | null | undefined} home */
function siteHeader(home) {
  if (!home) return '';
  const name = escapeHtml(home.name);
  return `<header class="site">${home.url ? `<a href="${escapeHtml(home.url)}">${name}</a>` : name}</header>\n`;
}

/**
 * Sends a page reached from a signed link in a mail (answers, confirmations, profile updates).
 * @param {import('fastify').FastifyReply} reply
 * @param {LinkPage} page
 */
export function sendLinkPage(reply, { status, lang, title, heading, html, script }) {
  const home = /** @type {SiteHome | null | undefined} */ (/** @type {Record<string, unknown>} */ (/** @type {unknown} */ (reply.server))[SITE_HOME]);
  reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    // The URL holds the token: keep it out of caches, other sites' referrers and search engines.
    // same-origin, not no-referrer: under no-referrer browsers send `Origin: null` with the form.
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
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/answer.css">
${script ? `<script type="module" src="${escapeHtml(script)}"></script>\n` : ''}</head>
<body>
${siteHeader(home)}<main>
<h1>${escapeHtml(heading ?? title)}</h1>
${html}
</main>
</body>
</html>
`);
}

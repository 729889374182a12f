// @ts-check
// A local mail catcher for the demo: a real SMTP server that keeps what it receives in memory
// and a small web page to read it. Not for production: nothing is stored and anyone on the
// bound address can read the mail.
import { createServer } from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * @typedef {{
 *   id: number, receivedAt: string, messageId: string, from: string, to: string, replyTo: string,
 *   subject: string, contentLanguage: string, text: string, html: string
 * }} CaughtMail
 */

const MAX_MAILS = 500;
const PAGE_CSP = "default-src 'none'; img-src 'none'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
// A mail's own HTML is shown sandboxed: no script, no requests, no forms.
const MAIL_HTML_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

/**
 * Starts the SMTP side and the web side; ports 0 pick free ones.
 * @param {{ host?: string, smtpPort?: number, httpPort?: number }} [options]
 */
export async function startMailCatcher({ host = '127.0.0.1', smtpPort = 0, httpPort = 0 } = {}) {
  /** @type {CaughtMail[]} */
  const mails = [];
  let nextId = 1;

  const smtp = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    closeTimeout: 1000,
    logger: false,
    size: 2 * 1024 * 1024,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          mails.push({
            id: nextId++,
            receivedAt: new Date().toISOString(),
            messageId: parsed.messageId ?? '',
            from: addressText(parsed.from),
            to: addressText(parsed.to),
            replyTo: addressText(parsed.replyTo),
            subject: parsed.subject ?? '',
            contentLanguage: String(parsed.headers.get('content-language') ?? ''),
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
          });
          if (mails.length > MAX_MAILS) mails.shift();
          callback();
        },
        (error) => callback(error),
      );
    },
  });

  const web = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://catcher.invalid');
    const send = (/** @type {number} */ status, /** @type {string} */ type, /** @type {string} */ body, csp = PAGE_CSP) => {
      response.writeHead(status, {
        'Content-Type': type,
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'text/plain; charset=utf-8', 'Method not allowed\n');
    if (url.pathname === '/') return send(200, 'text/html; charset=utf-8', listPage(mails));
    if (url.pathname === '/mails.json') return send(200, 'application/json; charset=utf-8', JSON.stringify(mails));
    const match = /^\/mails\/(\d+)\.html$/.exec(url.pathname);
    const mail = match ? mails.find((m) => m.id === Number(match[1])) : undefined;
    if (mail) return send(200, 'text/html; charset=utf-8', mail.html || `<pre>${escapeHtml(mail.text)}</pre>`, MAIL_HTML_CSP);
    return send(404, 'text/plain; charset=utf-8', 'Not found\n');
  });

  await new Promise((resolve, reject) => {
    smtp.server.once('error', reject);
    smtp.listen(smtpPort, host, () => resolve(undefined));
  });
  await new Promise((resolve, reject) => {
    web.once('error', reject);
    web.listen(httpPort, host, () => resolve(undefined));
  });
  const hostInUrl = host.includes(':') ? `[${host}]` : host;
  const smtpAddress = /** @type {import('node:net').AddressInfo} */ (smtp.server.address());
  const webAddress = /** @type {import('node:net').AddressInfo} */ (web.address());
  return {
    smtpUrl: `smtp://${hostInUrl}:${smtpAddress.port}`,
    webUrl: `http://${hostInUrl}:${webAddress.port}/`,
    /** What has arrived so far, oldest first. */
    mails: /** @type {readonly CaughtMail[]} */ (mails),
    async close() {
      web.closeAllConnections();
      await Promise.all([
        new Promise((resolve) => smtp.close(() => resolve(undefined))),
        new Promise((resolve) => web.close(() => resolve(undefined))),
      ]);
    },
  };
}

/** @param {import('mailparser').AddressObject | import('mailparser').AddressObject[] | undefined} field */
function addressText(field) {
  if (!field) return '';
  return (Array.isArray(field) ? field : [field]).map((a) => a.text).join(', ');
}

/** @param {string} value */
function escapeHtml(value) {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Escaped text with http(s) links made clickable; the link text is the escaped URL itself.
 * @param {string} text
 */
function linkify(text) {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(/https?:\/\/[^\s<>"']+/g)) {
    const url = match[0].replace(/[.,;:!?)]+$/, '');
    const at = /** @type {number} */ (match.index);
    html += escapeHtml(text.slice(last, at));
    html += `<a href="${escapeHtml(url)}" rel="noreferrer">${escapeHtml(url)}</a>`;
    last = at + url.length;
  }
  return html + escapeHtml(text.slice(last));
}

/** @param {readonly CaughtMail[]} mails */
function listPage(mails) {
  const items = [...mails]
    .reverse()
    .map(
      (m) => `<article>
<h2>${escapeHtml(m.subject || '(no subject)')}</h2>
<dl>
<dt>From</dt><dd>${escapeHtml(m.from)}</dd>
<dt>To</dt><dd>${escapeHtml(m.to)}</dd>
${m.replyTo ? `<dt>Reply-To</dt><dd>${escapeHtml(m.replyTo)}</dd>\n` : ''}<dt>Received</dt><dd>${escapeHtml(m.receivedAt)}</dd>
<dt>Content-Language</dt><dd>${escapeHtml(m.contentLanguage)}</dd>
<dt>Message-ID</dt><dd>${escapeHtml(m.messageId)}</dd>
</dl>
<pre>${linkify(m.text)}</pre>
<p><a href="/mails/${m.id}.html">HTML version</a></p>
</article>`,
    )
    .join('\n<hr>\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mail catcher (${mails.length})</title></head>
<body>
<h1>Mail catcher</h1>
<p>${mails.length} mail(s) received, newest first. Reload to see new mail. <a href="/mails.json">JSON</a></p>
${items || '<p>No mail yet.</p>'}
</body></html>
`;
}

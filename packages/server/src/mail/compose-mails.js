// @ts-check
import { vocabularyLabel } from '@mentor-finder/matcher';
import { translate } from './catalogues/index.js';
import { bodyText, escapeHtml, isMailAddress, languageCode, oneLine } from './mail-text.js';

/**
 * @typedef {import('@mentor-finder/matcher').Mentor} Mentor
 * @typedef {import('@mentor-finder/matcher').Programme} Programme
 * @typedef {import('./catalogues/index.js').MailLanguage} MailLanguage
 * @typedef {import('./catalogues/index.js').MessageKey} MessageKey
 * @typedef {'mentor-request' | 'mentor-reminder' | 'requester-accepted' | 'requester-declined' | 'requester-expired'} MailKind
 * @typedef {{ name: string, address: string }} MailParty
 * @typedef {{
 *   kind: MailKind, requestId: string, to: MailParty, replyTo?: MailParty,
 *   language: MailLanguage, contentLanguage: string, subject: string, text: string, html: string
 * }} OutgoingMail
 * @typedef {{
 *   id: string, receivedAt: number,
 *   sender: { name: string, email: string, school?: string, country?: string, role?: string, languages?: string[] },
 *   message: { text: string, lang?: string }, topics?: string[]
 * }} RelayedRequest
 * @typedef {{ accept: string, decline: string, pause: string }} AnswerUrls
 * @typedef {{ displayName: string, country?: string }} Alternative
 * @typedef {{ name: string, email: string }} Requester
 * @typedef {{ text: string } | { fields: [string, string][] }
 *   | { quote: string, lang?: string } | { items: string[] } | { links: { label: string, url: string }[] }} Block
 */

/**
 * The mail that relays a request to the mentor, in the mentor's language, quoting the message
 * with its own language marked, and the links to answer. Reply-To is the sender only when the
 * mentor agreed to take contact requests directly.
 * @param {{ request: RelayedRequest, mentor: Mentor, programme: Programme | undefined, lang: MailLanguage,
 *   replyBy: number, urls: AnswerUrls, timeZone?: string }} input
 * @returns {OutgoingMail}
 */
export function composeMentorRequest({ request, mentor, programme, lang, replyBy, urls, timeZone }) {
  const name = senderName(request);
  const zone = timeZone ?? zoneOf(mentor);
  const subject = translate(lang, 'request.subject', { name });
  const blocks = [
    { text: translate(lang, 'mail.greeting', { name: greetingName(mentor) }) },
    { text: translate(lang, 'request.intro', { name, programme: programmeName(programme, lang) }) },
    ...requestBlocks(request, lang),
    ...answerBlocks(request, mentor, lang, replyBy, urls, zone),
    { text: translate(lang, 'mail.requestRef', { id: request.id, date: formatDate(request.receivedAt, lang, zone) }) },
  ];
  return mentorMail('mentor-request', request, mentor, lang, subject, blocks);
}

/**
 * The one reminder halfway through the reply window, with fresh answer links.
 * @param {{ request: RelayedRequest, mentor: Mentor, programme: Programme | undefined, lang: MailLanguage,
 *   replyBy: number, urls: AnswerUrls, timeZone?: string }} input
 * @returns {OutgoingMail}
 */
export function composeMentorReminder({ request, mentor, programme, lang, replyBy, urls, timeZone }) {
  const name = senderName(request);
  const zone = timeZone ?? zoneOf(mentor);
  const blocks = [
    { text: translate(lang, 'mail.greeting', { name: greetingName(mentor) }) },
    {
      text: translate(lang, 'reminder.intro', {
        name,
        date: formatDate(request.receivedAt, lang, zone),
        due: formatDate(replyBy, lang, zone),
      }),
    },
    { text: translate(lang, 'request.intro', { name, programme: programmeName(programme, lang) }) },
    ...requestBlocks(request, lang),
    ...answerBlocks(request, mentor, lang, replyBy, urls, zone),
    { text: translate(lang, 'mail.requestRef', { id: request.id, date: formatDate(request.receivedAt, lang, zone) }) },
  ];
  return mentorMail('mentor-reminder', request, mentor, lang, translate(lang, 'reminder.subject', { name }), blocks);
}

/**
 * To the requester: the mentor accepted. The mentor's own address is included only when the
 * mentor consented to contact requests; otherwise the mentor writes first.
 * @param {{ requestId: string, requester: Requester, lang: MailLanguage, mentor: Mentor, programme: Programme | undefined }} input
 * @returns {OutgoingMail}
 */
export function composeRequesterAccepted({ requestId, requester, lang, mentor, programme }) {
  const mentorName = oneLine(mentor.displayName);
  const address = mentor.private?.email;
  const shares = mentor.private?.consent?.contactRequests === true && isMailAddress(address);
  const blocks = [
    { text: translate(lang, 'mail.greeting', { name: oneLine(requester.name) }) },
    { text: translate(lang, 'accepted.intro', { mentor: mentorName, programme: programmeName(programme, lang) }) },
    { text: shares ? translate(lang, 'accepted.contact', { mentor: mentorName, email: address }) : translate(lang, 'accepted.noContact', { mentor: mentorName }) },
    { text: translate(lang, 'mail.signature', { programme: programmeName(programme, lang) }) },
  ];
  return requesterMail('requester-accepted', requestId, requester, lang, translate(lang, 'accepted.subject', { mentor: mentorName }), blocks);
}

/**
 * To the requester: the mentor declined, with the reason if given and mentors who have room.
 * @param {{ requestId: string, requester: Requester, lang: MailLanguage, mentor: Mentor, programme: Programme | undefined,
 *   reason?: string, reasonLang?: string, alternatives: Alternative[], findUrl: string }} input
 * @returns {OutgoingMail}
 */
export function composeRequesterDeclined({ requestId, requester, lang, mentor, programme, reason, reasonLang, alternatives, findUrl }) {
  const mentorName = oneLine(mentor.displayName);
  const why = bodyText(reason ?? '', 1000);
  /** @type {Block[]} */
  const blocks = [
    { text: translate(lang, 'mail.greeting', { name: oneLine(requester.name) }) },
    { text: translate(lang, 'declined.intro', { mentor: mentorName, programme: programmeName(programme, lang) }) },
  ];
  if (why) blocks.push({ text: translate(lang, 'declined.reason') }, { quote: why, ...(languageCode(reasonLang) ? { lang: reasonLang } : {}) });
  blocks.push(...alternativeBlocks(lang, alternatives, findUrl), { text: translate(lang, 'mail.signature', { programme: programmeName(programme, lang) }) });
  const mail = requesterMail('requester-declined', requestId, requester, lang, translate(lang, 'declined.subject', { mentor: mentorName }), blocks);
  const reasonLanguage = languageCode(reasonLang);
  return why && reasonLanguage && reasonLanguage !== lang ? { ...mail, contentLanguage: `${lang}, ${reasonLanguage}` } : mail;
}

/**
 * To the requester: no answer within the reply window, with mentors who have room.
 * @param {{ requestId: string, requester: Requester, lang: MailLanguage, mentor: Mentor, programme: Programme | undefined,
 *   receivedAt: number, alternatives: Alternative[], findUrl: string }} input
 * @returns {OutgoingMail}
 */
export function composeRequesterExpired({ requestId, requester, lang, mentor, programme, receivedAt, alternatives, findUrl }) {
  const mentorName = oneLine(mentor.displayName);
  const blocks = [
    { text: translate(lang, 'mail.greeting', { name: oneLine(requester.name) }) },
    {
      text: translate(lang, 'expired.intro', {
        mentor: mentorName,
        date: formatDate(receivedAt, lang, 'UTC'),
        programme: programmeName(programme, lang),
      }),
    },
    ...alternativeBlocks(lang, alternatives, findUrl),
    { text: translate(lang, 'mail.signature', { programme: programmeName(programme, lang) }) },
  ];
  return requesterMail('requester-expired', requestId, requester, lang, translate(lang, 'expired.subject', { mentor: mentorName }), blocks);
}

/**
 * The name a mail greets a person by: their given name, as people who know each other write; the
 * public display name ("Kadri T.") only for a record without one.
 * @param {{ displayName: string, private?: { givenName?: unknown } }} person
 */
export function greetingName(person) {
  return oneLine(person.private?.givenName, 120) || oneLine(person.displayName, 120);
}

/**
 * A programme's name in `lang`, else English, else its first name, else its id.
 * @param {Programme | undefined} programme
 * @param {MailLanguage} lang
 */
export function programmeName(programme, lang) {
  if (!programme) return '';
  const names = /** @type {Record<string, string | undefined>} */ (programme.name ?? {});
  return oneLine(names[lang] ?? names.en ?? Object.values(names)[0] ?? programme.id);
}

/**
 * @param {number} time
 * @param {MailLanguage} lang
 * @param {string} timeZone
 */
export function formatDate(time, lang, timeZone) {
  const text = dateFormat(lang, timeZone).format(time);
  // "16.02.2026." ends with the year's dot, and the sentence brings its own full stop.
  return lang === 'lv' ? text.replace(/\.$/, '') : text;
}

/** @type {Map<string, Intl.DateTimeFormat>} */
const DATE_FORMATS = new Map();

/**
 * One formatter per language and time zone: building them is the slow part of a mail.
 * @param {MailLanguage} lang
 * @param {string} timeZone
 * @returns {Intl.DateTimeFormat}
 */
function dateFormat(lang, timeZone) {
  const key = `${lang}|${timeZone}`;
  let format = DATE_FORMATS.get(key);
  if (!format) {
    // Latvian and Estonian month names take the case of the sentence ("līdz 19. decembrim",
    // "hiljemalt 19. detsembriks"); Intl gives only the nominative, so their mails write dates in
    // figures, which read right in any sentence.
    const style = lang === 'lv' || lang === 'et' ? /** @type {const} */ ({ day: '2-digit', month: '2-digit', year: 'numeric' }) : /** @type {const} */ ({ dateStyle: 'long' });
    try {
      format = new Intl.DateTimeFormat(lang, { ...style, timeZone });
    } catch {
      // An unknown zone in a mentor record: dates in UTC rather than no mail.
      format = new Intl.DateTimeFormat(lang, { ...style, timeZone: 'UTC' });
    }
    if (DATE_FORMATS.size < 1000) DATE_FORMATS.set(key, format);
  }
  return format;
}

/** @param {RelayedRequest} request */
function senderName(request) {
  return oneLine(request.sender.name, 120);
}

/** @param {Mentor} mentor */
function zoneOf(mentor) {
  return typeof mentor.timezone === 'string' && mentor.timezone ? mentor.timezone : 'UTC';
}

/**
 * @param {RelayedRequest} request
 * @param {MailLanguage} lang
 * @returns {Block[]}
 */
function requestBlocks(request, lang) {
  const { sender, message, topics } = request;
  /** @type {[string, string][]} */
  const fields = [[translate(lang, 'request.from'), senderName(request)]];
  if (sender.school) fields.push([translate(lang, 'request.school'), oneLine(sender.school, 200)]);
  if (sender.country) fields.push([translate(lang, 'request.country'), oneLine(vocabularyLabel('country', sender.country, lang))]);
  if (sender.role) fields.push([translate(lang, 'request.role'), oneLine(vocabularyLabel('role', sender.role, lang))]);
  if (sender.languages?.length) fields.push([translate(lang, 'request.languages'), sender.languages.map((code) => oneLine(vocabularyLabel('language', code, lang))).join(', ')]);
  if (topics?.length) fields.push([translate(lang, 'request.topics'), topics.map((id) => oneLine(vocabularyLabel('topic', id, lang))).join(', ')]);
  const messageLang = languageCode(message.lang);
  return [
    { fields },
    { text: messageLang ? translate(lang, 'request.message', { language: oneLine(vocabularyLabel('language', messageLang, lang)) }) : translate(lang, 'request.messageUnknownLanguage') },
    { quote: bodyText(message.text), ...(messageLang ? { lang: messageLang } : {}) },
  ];
}

/**
 * @param {RelayedRequest} request
 * @param {Mentor} mentor
 * @param {MailLanguage} lang
 * @param {number} replyBy
 * @param {AnswerUrls} urls
 * @param {string} zone
 * @returns {Block[]}
 */
function answerBlocks(request, mentor, lang, replyBy, urls, zone) {
  const name = senderName(request);
  return [
    { text: translate(lang, 'request.answerBy', { date: formatDate(replyBy, lang, zone) }) },
    {
      links: [
        { label: translate(lang, 'request.accept'), url: urls.accept },
        { label: translate(lang, 'request.decline'), url: urls.decline },
        { label: translate(lang, 'request.pause'), url: urls.pause },
      ],
    },
    { text: repliesGoToSender(request, mentor) ? translate(lang, 'request.replyDirect', { name }) : translate(lang, 'request.replyRelayed', { name }) },
  ];
}

/**
 * @param {RelayedRequest} request
 * @param {Mentor} mentor
 */
function repliesGoToSender(request, mentor) {
  return mentor.private?.consent?.contactRequests === true && isMailAddress(request.sender.email);
}

/**
 * @param {MailLanguage} lang
 * @param {Alternative[]} alternatives
 * @param {string} findUrl
 * @returns {Block[]}
 */
function alternativeBlocks(lang, alternatives, findUrl) {
  const find = { links: [{ label: translate(lang, 'alternatives.find'), url: findUrl }] };
  if (alternatives.length === 0) return [{ text: translate(lang, 'alternatives.none') }, find];
  const items = alternatives.slice(0, 3).map((a) => (a.country ? `${oneLine(a.displayName)} (${oneLine(vocabularyLabel('country', a.country, lang))})` : oneLine(a.displayName)));
  return [{ text: translate(lang, 'alternatives.intro') }, { items }, find];
}

/**
 * @param {MailKind} kind
 * @param {RelayedRequest} request
 * @param {Mentor} mentor
 * @param {MailLanguage} lang
 * @param {string} subject
 * @param {Block[]} blocks
 * @returns {OutgoingMail}
 */
function mentorMail(kind, request, mentor, lang, subject, blocks) {
  const address = mentor.private?.email;
  if (!isMailAddress(address)) throw new TypeError(`mentor ${mentor.id} has no valid e-mail address`);
  const messageLang = languageCode(request.message.lang);
  const { text, html } = render(lang, subject, blocks);
  return {
    kind,
    requestId: request.id,
    to: { name: oneLine(`${mentor.private.givenName ?? ''} ${mentor.private.familyName ?? ''}`) || oneLine(mentor.displayName), address },
    ...(repliesGoToSender(request, mentor) ? { replyTo: { name: senderName(request), address: request.sender.email } } : {}),
    language: lang,
    contentLanguage: messageLang && messageLang !== lang ? `${lang}, ${messageLang}` : lang,
    subject: oneLine(subject, 250),
    text,
    html,
  };
}

/**
 * @param {MailKind} kind
 * @param {string} requestId
 * @param {Requester} requester
 * @param {MailLanguage} lang
 * @param {string} subject
 * @param {Block[]} blocks
 * @returns {OutgoingMail}
 */
function requesterMail(kind, requestId, requester, lang, subject, blocks) {
  if (!isMailAddress(requester.email)) throw new TypeError(`request ${requestId} has no valid sender address`);
  const { text, html } = render(lang, subject, blocks);
  return { kind, requestId, to: { name: oneLine(requester.name, 120), address: requester.email }, language: lang, contentLanguage: lang, subject: oneLine(subject, 250), text, html };
}

/**
 * Plain text and simple HTML from the same blocks; every value is escaped in the HTML.
 * @param {MailLanguage} lang
 * @param {string} subject
 * @param {Block[]} blocks
 */
export function render(lang, subject, blocks) {
  const text = [];
  const html = [];
  for (const block of blocks) {
    if ('text' in block) {
      text.push(block.text);
      html.push(`<p>${escapeHtml(block.text)}</p>`);
    } else if ('fields' in block) {
      text.push(block.fields.map(([label, value]) => `${label}: ${value}`).join('\n'));
      html.push(`<table>${block.fields.map(([label, value]) => `<tr><th scope="row" align="left">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`).join('')}</table>`);
    } else if ('items' in block) {
      text.push(block.items.map((item) => `- ${item}`).join('\n'));
      html.push(`<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
    } else if ('quote' in block) {
      text.push(block.quote.split('\n').map((line) => `> ${line}`.trimEnd()).join('\n'));
      const lang = block.lang ? ` lang="${escapeHtml(block.lang)}"` : '';
      html.push(`<blockquote${lang} dir="auto"><p>${block.quote.split('\n').map(escapeHtml).join('<br>\n')}</p></blockquote>`);
    } else {
      text.push(block.links.map(({ label, url }) => `${label}: ${url}`).join('\n'));
      html.push(`<ul>${block.links.map(({ label, url }) => `<li><a href="${escapeHtml(url)}">${escapeHtml(label)}</a></li>`).join('')}</ul>`);
    }
  }
  return {
    text: `${text.join('\n\n')}\n`,
    html: `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>\n${html.join('\n')}\n</body></html>\n`,
  };
}

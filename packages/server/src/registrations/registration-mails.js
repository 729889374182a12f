// @ts-check
import { programmeName, render } from '../mail/compose-mails.js';
import { oneLine } from '../mail/mail-text.js';
import { registrationText } from './registration-messages.js';

/**
 * @typedef {'registration-confirm' | 'registration-approved' | 'registration-rejected' | 'profile-reconfirm' | 'profile-links' | 'registered-before' | 'pair-confirmed-mentor' | 'pair-confirmed-mentee'} RegistrationMailKind
 * @typedef {import('../mail/compose-mails.js').OutgoingMail} OutgoingMail
 */

/**
 * The mails of registrations and pairs, in the recipient's language. `id` keys the outbox row
 * (one mail of each kind per id).
 * @param {RegistrationMailKind} kind
 * @param {{ id: string, lang: import('../mail/catalogues/index.js').MailLanguage, to: { name: string, address: string }, greeting: string,
 *   programme: import('@mentor-finder/matcher').Programme, url?: string, updateUrl?: string, reason?: string, mentor?: { name: string, email: string }, mentee?: string, published?: boolean, days?: number }} input
 *   `greeting`: the name the mail greets the recipient by (see `addressee`); `url`: the link the mail is about (confirm, or pause); `updateUrl`: the mentor's profile page, offered before pausing (and alone in `registered-before`);
 *   `published`: false when an approved mentor did not agree to be shown in the directory; `days`: how long the mail's one link works (needed for
 *   `registration-confirm`, `registered-before` and `profile-links`)
 * @returns {OutgoingMail}
 */
export function composeRegistrationMail(kind, { id, lang, to, greeting, programme, url, updateUrl, reason, mentor, mentee, published = true, days }) {
  const t = (/** @type {import('./registration-messages.js').RegistrationMessageKey} */ key, /** @type {Record<string, string>} */ params = {}) =>
    registrationText(lang, key, { programme: programmeName(programme, lang), ...params });
  /** @type {import('../mail/compose-mails.js').Block[]} */
  const blocks = [{ text: t('mail.greeting', { name: oneLine(greeting, 120) }) }];
  let subject;
  const profileLinks = () => [...(updateUrl ? [{ label: t('approved.update'), url: updateUrl }] : []), { label: t(published ? 'approved.pause' : 'approved.pauseUnpublished'), url: /** @type {string} */ (url) }];
  switch (kind) {
    case 'registration-confirm':
      subject = t('confirm.subject');
      blocks.push({ text: t('confirm.body', { days: String(days) }) }, { links: [{ label: t('confirm.link'), url: /** @type {string} */ (url) }] }, { text: t('confirm.ignore') });
      break;
    case 'registration-approved':
      subject = t(published ? 'approved.subject' : 'approved.subjectUnpublished');
      blocks.push({ text: t(published ? 'approved.body' : 'approved.bodyUnpublished') }, { links: profileLinks() });
      break;
    case 'registration-rejected':
      subject = t('rejected.subject');
      blocks.push({ text: t('rejected.body') });
      if (reason) blocks.push({ text: t('rejected.reason') }, { quote: reason });
      break;
    case 'registered-before':
      subject = t('registeredBefore.subject');
      blocks.push({ text: t('registeredBefore.body', { days: String(days) }) }, { links: [{ label: t('approved.update'), url: /** @type {string} */ (updateUrl) }] });
      break;
    case 'profile-reconfirm':
      subject = t('reconfirm.subject');
      blocks.push({ text: t('reconfirm.body') }, { links: profileLinks() });
      break;
    case 'profile-links':
      subject = t('newLinks.subject');
      blocks.push({ text: t('newLinks.body', { days: String(days) }) }, { links: profileLinks() });
      break;
    case 'pair-confirmed-mentor':
      subject = t('pair.subject');
      blocks.push({ text: t('pair.mentor', { mentee: oneLine(mentee ?? '', 120) }) });
      break;
    default:
      subject = t('pair.subject');
      blocks.push({ text: t('pair.mentee', { mentor: oneLine(mentor?.name ?? '', 120), email: mentor?.email ?? '' }) });
  }
  blocks.push({ text: t('mail.signature') });
  const { text, html } = render(lang, subject, blocks);
  return /** @type {OutgoingMail} */ (/** @type {unknown} */ ({ kind, requestId: id, to, language: lang, contentLanguage: lang, subject: oneLine(subject, 250), text, html }));
}

// @ts-check
/**
 * @typedef {import('@mentor-finder/matcher').Mentor} Mentor
 * @typedef {import('@mentor-finder/matcher').Programme} Programme
 * @typedef {import('./create-contact-request-store.mjs').StoredContactRequest} StoredContactRequest
 * @typedef {import('./create-mail-outbox.mjs').OutgoingMail} OutgoingMail
 */

// Header values must be one line: a name with CR/LF could otherwise add mail headers.
const LINE_BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g;
// Body text keeps line breaks and tabs, nothing else below U+0020.
const BODY_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** @param {string} value */
export function oneLine(value) {
  return value.replace(LINE_BREAKS_AND_CONTROLS, ' ').trim().slice(0, 200);
}

/** @param {string} value */
function bodyText(value) {
  return value.replace(/\r\n?/g, '\n').replace(BODY_CONTROLS, '');
}

/**
 * The e-mail that relays a contact request to the mentor: plain text, never HTML,
 * with Reply-To set to the sender so the mentor's address is revealed only by replying.
 * @param {StoredContactRequest} record
 * @param {Mentor} mentor
 * @param {Programme | undefined} programme
 * @returns {OutgoingMail}
 */
export function composeContactEmail(record, mentor, programme) {
  const { sender, message, topics } = record.request;
  const programmeName = programme ? (programme.name.en ?? Object.values(programme.name)[0] ?? programme.id) : record.programmeId;
  const lines = [
    `Hello ${oneLine(mentor.displayName)},`,
    '',
    `${oneLine(sender.name)} would like to contact you as a mentor in "${oneLine(programmeName)}".`,
    '',
    `From: ${oneLine(sender.name)} <${oneLine(sender.email)}>`,
  ];
  if (sender.country) lines.push(`Country: ${oneLine(sender.country)}`);
  if (sender.role) lines.push(`Role: ${oneLine(sender.role)}`);
  if (sender.school) lines.push(`School: ${oneLine(sender.school)}`);
  if (sender.languages?.length) lines.push(`Languages: ${sender.languages.map(oneLine).join(', ')}`);
  if (topics?.length) lines.push(`Topics: ${topics.map(oneLine).join(', ')}`);
  lines.push(
    '',
    message.lang ? `Message (${oneLine(message.lang)}):` : 'Message:',
    bodyText(message.text),
    '',
    '--',
    `Reply to this e-mail to answer ${oneLine(sender.name)} directly. Your own address stays private until you reply.`,
    `Request ${record.id}, received ${record.receivedAt}. It will be deleted after ${record.deleteAfter}.`,
  );
  return {
    to: mentor.private.email,
    replyTo: oneLine(sender.email),
    subject: oneLine(`Mentor Finder: contact request from ${sender.name}`),
    text: lines.join('\n'),
  };
}

// @ts-check

// C0/C1 controls, line and paragraph separators, bidi embeddings, overrides and isolates.
const HEADER_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;
// Zero-width characters and the byte order mark carry nothing a reader can see.
const INVISIBLE = /[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/g;
// Body text keeps line breaks and tabs; other controls and bidi overrides go.
const BODY_UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * One line of visible text for a header or a label: no line breaks, controls, bidi overrides or
 * invisible characters, spaces collapsed, at most `max` characters.
 * @param {unknown} value
 * @param {number} [max]
 */
export function oneLine(value, max = 200) {
  if (typeof value !== 'string') return '';
  return [...value.replace(LONE_SURROGATE, '\ufffd').replace(INVISIBLE, '').replace(HEADER_UNSAFE, ' ').replace(/\s+/g, ' ').trim()]
    .slice(0, max)
    .join('');
}

/**
 * Multi-line text as the sender wrote it, with `\n` line ends and no controls or overrides.
 * @param {unknown} value
 * @param {number} [max]
 */
export function bodyText(value, max = 4000) {
  if (typeof value !== 'string') return '';
  return [...value.replace(LONE_SURROGATE, '\ufffd').replace(/\r\n?/g, '\n').replace(BODY_UNSAFE, '')].slice(0, max).join('').trim();
}

// A plain dot-atom address: no spaces, quotes, commas, angle brackets or comments, so it
// can only ever be one address. Internationalised domains are expected in punycode.
const MAIL_ADDRESS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/**
 * Whether `value` is one plain e-mail address we are willing to put in a header.
 * @param {unknown} value
 * @returns {value is string}
 */
export function isMailAddress(value) {
  return typeof value === 'string' && value.length <= 254 && MAIL_ADDRESS.test(value);
}

/** @param {string} value */
export function escapeHtml(value) {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A two-letter language code or undefined.
 * @param {unknown} value
 */
export function languageCode(value) {
  return typeof value === 'string' && /^[a-z]{2}$/.test(value) ? value : undefined;
}

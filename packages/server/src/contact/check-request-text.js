// @ts-check

/**
 * @typedef {import('@mentor-finder/matcher').ValidationError} ValidationError
 */

// Code points that change how text reads without being seen: bidi embeddings, overrides and
// isolates. A name or message using them can show the mentor something other than what was sent.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
// C0/C1 controls; line breaks and tabs are allowed only in the message text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const LINE_BREAK_OR_TAB = /[\t\n\r]/u;
// Characters that render as nothing: zero-width spaces and joiners, the word joiner and
// invisible operators, the BOM, soft hyphen, Mongolian vowel separator, Hangul fillers, bidi marks.
const INVISIBLE = /[\s\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/gu;
const MAIL_ADDRESS = /[^\s@<>]+(@|＠|﹫)[^\s@<>]+/u;
const ANGLE = /[<>＜＞‹›«»〈〉]/u;
const MULTILINE_FIELDS = new Set(['/message/text']);
const NAME_FIELDS = new Set(['/sender/name']);
const NOT_EMPTY_FIELDS = new Set(['/sender/name', '/message/text']);

/**
 * True when the string holds a UTF-16 surrogate without its partner (it cannot be written as UTF-8).
 * @param {string} text
 */
export function hasLoneSurrogate(text) {
  return !text.isWellFormed();
}

/**
 * What is left of a text once characters that show nothing are taken out.
 * @param {string} text
 */
export const visibleText = (text) => text.replace(INVISIBLE, '');

/** @param {string} path JSON pointer */
const fieldOf = (path) => path.split('/').filter(Boolean).at(-1) ?? '';

/**
 * The text checks the schema cannot express, over every string of a contact request: lone
 * surrogates and bidi controls anywhere, control characters outside the message, and in the
 * sender's name no angle brackets or e-mail address; the name and message must keep visible text.
 * @param {unknown} input the parsed JSON body
 * @returns {ValidationError[]}
 */
export function checkRequestText(input) {
  /** @type {ValidationError[]} */
  const errors = [];
  /** @param {string} path @param {string} code @param {string} message */
  const fail = (path, code, message) => errors.push({ path, code, field: fieldOf(path), message: `${path.slice(1).replaceAll('/', '.')}: ${message}` });

  /** @param {unknown} value @param {string} path @param {number} depth */
  const visit = (value, path, depth) => {
    if (depth > 8) return;
    if (typeof value === 'string') {
      if (hasLoneSurrogate(value)) return fail(path, 'lone-surrogate', 'contains a broken character (a lone UTF-16 surrogate)');
      if (BIDI_CONTROL.test(value)) return fail(path, 'bidi-control', 'contains a text direction override (U+202A-U+202E, U+2066-U+2069)');
      if (CONTROL.test(value) || (!MULTILINE_FIELDS.has(path) && LINE_BREAK_OR_TAB.test(value))) {
        return fail(path, 'control-character', 'contains a control character');
      }
      if (NOT_EMPTY_FIELDS.has(path) && value.length > 0 && visibleText(value) === '') return fail(path, 'invisible-only', 'has no visible characters');
      if (NAME_FIELDS.has(path)) {
        if (ANGLE.test(value)) return fail(path, 'angle-brackets', 'must not contain angle brackets');
        if (MAIL_ADDRESS.test(value)) return fail(path, 'contains-email', 'must not contain an e-mail address (it goes in sender.email)');
      }
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${path}/${i}`, depth + 1));
      return;
    }
    if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (hasLoneSurrogate(key)) fail(`${path}/${key}`, 'lone-surrogate', 'property name contains a broken character');
        else visit(item, `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, depth + 1);
      }
    }
  };
  visit(input, '', 0);
  return errors;
}

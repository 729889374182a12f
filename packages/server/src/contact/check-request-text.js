// @ts-check

import { textProblem } from '@mentor-finder/matcher';

/**
 * @typedef {import('@mentor-finder/matcher').ValidationError} ValidationError
 */

const MAIL_ADDRESS = /[^\s@<>]+(@|＠|﹫)[^\s@<>]+/u;
const ANGLE = /[<>＜＞‹›«»〈〉]/u;
// A MIME encoded word (RFC 2047) in a header is decoded by mail clients: "=?utf-8?q?=E2=80=AE?="
// would bring back the characters refused above, in the subject and the reply-to name.
const ENCODED_WORD = /=\?[^?\s]*\?[bq]\?[^?\s]*\?=/iu;
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

/** @type {Record<import('@mentor-finder/matcher').TextProblem, string>} */
const PROBLEM_WORDS = {
  'lone-surrogate': 'contains a broken character (a lone UTF-16 surrogate)',
  'bidi-control': 'contains a text direction override (U+202A-U+202E, U+2066-U+2069)',
  'control-character': 'contains a control character',
  'invisible-only': 'has no visible characters',
};

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
      const problem = textProblem(value, { multiline: MULTILINE_FIELDS.has(path) });
      // Optional fields may hold what shows nothing; the name and the message may not.
      if (problem && (problem !== 'invisible-only' || NOT_EMPTY_FIELDS.has(path))) return fail(path, problem, PROBLEM_WORDS[problem]);
      if (NAME_FIELDS.has(path)) {
        if (ANGLE.test(value)) return fail(path, 'angle-brackets', 'must not contain angle brackets');
        if (MAIL_ADDRESS.test(value)) return fail(path, 'contains-email', 'must not contain an e-mail address (it goes in sender.email)');
        if (ENCODED_WORD.test(value)) return fail(path, 'encoded-word', 'must not contain a MIME encoded word (=?…?=)');
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

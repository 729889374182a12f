// Text shown to others (a published display name, a sender's name in a mail) must read as what it
// holds. The schemas cannot say this: their patterns run with the u flag, which cannot see a lone
// surrogate, and "visible" is a list of code points, not a class.
import type { ValidationErrorCode } from './error-codes.js';

// Without the u flag, so that each half of a pair is seen on its own.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const LINE_BREAK_OR_TAB = /[\t\n\r]/u;
// Characters that render as nothing: spaces, zero-width spaces and joiners, the word joiner and
// invisible operators, the BOM, soft hyphen, Mongolian vowel separator, Hangul fillers, bidi marks.
const INVISIBLE = /[\s\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/gu;

/** What makes a text unfit to show to someone as it was sent. */
export type TextProblem = Extract<ValidationErrorCode, 'lone-surrogate' | 'bidi-control' | 'control-character' | 'invisible-only'>;

/** What is left of a text once the characters that show nothing are taken out. */
export const visibleText = (text: string): string => text.replace(INVISIBLE, '');

/**
 * The code of what makes `value` unfit to be shown as sent, or undefined: a broken character, a
 * direction override, a control character (line breaks and tabs allowed when `multiline`), or, when
 * not empty, nothing visible.
 */
export function textProblem(value: string, options: { multiline?: boolean } = {}): TextProblem | undefined {
  if (LONE_SURROGATE.test(value)) return 'lone-surrogate';
  if (BIDI_CONTROL.test(value)) return 'bidi-control';
  if (CONTROL.test(value) || (options.multiline !== true && LINE_BREAK_OR_TAB.test(value))) return 'control-character';
  if (value.length > 0 && visibleText(value) === '') return 'invisible-only';
  return undefined;
}

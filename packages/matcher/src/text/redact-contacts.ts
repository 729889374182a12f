/** What stands in a public text where an e-mail address or a phone number was. */
export const REDACTED = '[…]';

// Characters that do not show: a harvester-proof address may hide them between its letters.
const INVISIBLE = new Set([
  0x00ad, 0x034f, 0x061c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180b, 0x180c, 0x180d, 0x180e, 0x180f, 0x200b, 0x200c, 0x200d, 0x200e,
  0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0x3164,
  0xfeff, 0xffa0,
]);
// Signs that read as @ or . to a person; fullwidth ASCII (U+FF01-FF5E) is mapped as a block.
const LOOK_ALIKES: ReadonlyMap<number, string> = new Map([
  [0xfe6b, '@'], // small commercial at
  [0x24d0, '@'], // circled a
  [0x3002, '.'], // ideographic full stop
  [0xff61, '.'], // halfwidth ideographic full stop
  [0xfe52, '.'], // small full stop
  [0x2024, '.'], // one dot leader
]);

const AT_WORDS = 'at|ät|eta|et';
const DOT_WORDS = 'dot|punkt|punktas|punkts|piste|taškas|point';
const OPEN = '[(\\[{<]';
const CLOSE = '[)\\]}>]';
// "@", "(at)"/"[ät]" with or without spaces, or a bare " at "/" ät " between spaces (named `bare`).
const AT = String.raw`(?:\s?@\s?|\s{0,3}${OPEN}\s{0,2}(?:${AT_WORDS})\s{0,2}${CLOSE}\s{0,3}|(?<bare>\s{1,3}(?:at|ät)\s{1,3}))`;
// ".", "(dot)"/"[punkt]", or a bare " dot "/" piste "/" taškas " between spaces.
const DOT = String.raw`(?:\.|\s{0,3}${OPEN}\s{0,2}(?:${DOT_WORDS})\s{0,2}${CLOSE}\s{0,3}|\s{1,3}(?:${DOT_WORDS})\s{1,3})`;
const LABEL = String.raw`[\p{L}\p{N}-]{1,63}`;
// The look-behind lets a match start only where a run of address characters starts, and every
// part is bounded, so the work stays linear in the length of the text.
const EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+'-])(?:mailto:)?[\p{L}\p{N}._%+'-]{1,64}${AT}(?<domain>${LABEL}(?:${DOT}${LABEL}){0,8})${DOT}(?<tld>\p{L}[\p{L}\p{N}-]{1,62})`,
  'giu',
);
const WORD_DOT = new RegExp(String.raw`(?:${DOT_WORDS})`, 'iu');
// `icon@2x.png` names an image file, not a mailbox.
const IMAGE_SUFFIX = /^(?:png|jpe?g|gif|svg|webp|avif|ico|bmp|tiff?)$/i;
const RETINA = /^\d{1,2}(?:\.\d)?x$/i;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

// + or 00, then 8 to 15 digits with spaces, dots, dashes or brackets between them.
const INTERNATIONAL = /(?:\+|(?<![\p{L}\p{N}.,])00)\d(?:[\s().\u2013-]{0,3}\d){7,14}/gu;
// A national number is 2 to 5 groups of digits (an area code may be in brackets) separated by
// a space or a dash, or one run of 7-12 digits starting with 0, or a mobile number written without
// spaces (EE 5…, LV 2…, LT 6… or 86…); which of them are phone numbers
// and which are years, counts or dates is decided by `isPhoneNumber`.
const GROUP = String.raw`(?:\(\d{1,5}\)|\d{1,5})`;
const GAP = String.raw`(?: ?[\u2013-] ?|[ \u00a0])`;
const NATIONAL = new RegExp(
  String.raw`(?<![\p{L}\p{N}+@_/.,:\u2013-])(?<!\d[ \u00a0\u2013-])(?:${GROUP}(?:${GAP}${GROUP}){1,4}|0\d{6,11}|[256]\d{7}|86\d{7})(?![\p{L}\p{N}@_/]|[.,:]\d)`,
  'gu',
);
const SEPARATOR = / ?[\u2013-] ?|[ \u00a0]/;
const YEAR = /^(?:1[89]\d\d|20\d\d)$/;

/** True when every group is a year or a small number, e.g. `2009–2015` or `25 2019 2020`. */
function yearsAndSmallNumbers(groups: readonly string[]): boolean {
  return groups.every((group) => YEAR.test(group) || (group.length <= 2 && group[0] !== '0'));
}

/** Whether a national-number candidate is a phone number rather than a year, count, range or date. */
function isPhoneNumber(candidate: string): boolean {
  const groups = candidate.replace(/[()]/g, '').split(SEPARATOR);
  const digits = groups.reduce((sum, group) => sum + group.length, 0);
  if (digits < 7 || digits > 12) return false;
  if (yearsAndSmallNumbers(groups)) return false;
  if (groups.length === 1 && yearsAndSmallNumbers([candidate.slice(0, 4), candidate.slice(4)])) return false;
  // 1 000 000: thousands with spaces; a count never starts with 0.
  const [first = ''] = groups;
  if (/^[1-9]\d{0,2}$/.test(first) && groups.slice(1).every((group) => group.length === 3) && !/[-\u2013]/.test(candidate)) return false;
  // 2024-05-12 and 12-05-2024.
  const sizes = groups.map((group) => group.length).join(',');
  if (/^(?:4,[12],[12]|[12],[12],4)$/.test(sizes)) return false;
  return true;
}

function isInternationalNumber(candidate: string): boolean {
  if (!candidate.startsWith('+')) return true;
  // +2009-2015 is a range of years after a plus sign.
  return !yearsAndSmallNumbers(candidate.slice(1).split(/[\s().\u2013-]+/));
}

function isAddress(match: RegExpExecArray): boolean {
  const { bare, domain = '', tld = '' } = match.groups ?? {};
  if (IMAGE_SUFFIX.test(tld) || RETINA.test(domain)) return false;
  // A bare " at " with a real dot is how people name a workplace ("project at twinspace.net"):
  // only " at " with a written-out dot is an address.
  if (bare !== undefined && !WORD_DOT.test(match[0].slice(match[0].indexOf(bare) + bare.length))) return false;
  if (bare !== undefined && CAPITALISED.test(tld)) return false;
  return true;
}

const UNUSUAL = new RegExp(`[${[...INVISIBLE, ...LOOK_ALIKES.keys()].map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('')}\\uff01-\\uff5e]`);
const MAY_HOLD_ADDRESS = /@|[(\[{<]\s{0,2}(?:at|ät|eta|et)\s{0,2}[)\]}>]|\s(?:at|ät)\s/i;

/** The text with invisible characters left out and look-alike signs replaced, and where each kept character was. */
function readable(text: string): { clean: string; at: (index: number) => number } {
  // Most texts have none of these: then positions are the same in both.
  if (!UNUSUAL.test(text)) return { clean: text, at: (index) => index };
  const chars: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (INVISIBLE.has(code)) continue;
    const mapped = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : LOOK_ALIKES.get(code);
    chars.push(mapped ?? text[i]!);
    at.push(i);
  }
  return { clean: chars.join(''), at: (index) => at[index]! };
}

function collect(pattern: RegExp, clean: string, keep: (match: RegExpExecArray) => boolean, into: [number, number][]): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(clean); match; match = pattern.exec(clean)) {
    if (keep(match)) into.push([match.index, match.index + match[0].length]);
  }
}

/**
 * The text without e-mail addresses and phone numbers: a mentor who writes one into a public field
 * (a bio) would otherwise publish it, and the site relays contact instead. Also found: addresses
 * written to fool harvesters (`name at example dot org`, `[at]`/`(ät)` with `punkt`, `piste`,
 * `taškas`, `punkts`, look-alike at-signs, invisible characters inside) and numbers with `+`, `00`
 * or in national form (`5123 4567`, `040 123 4567`). Years, ranges, counts and dates stay.
 */
export function redactContacts(text: string): string {
  if (typeof text !== 'string') return text;
  // An invisible character may split the very word this quick test looks for (`a\u200dt`).
  if (!/\d|[@\ufe6b\u24d0\uff01-\uff5e]|[aä]t|et/i.test(text) && !UNUSUAL.test(text)) return text;
  const { clean, at } = readable(text);
  const ranges: [number, number][] = [];
  if (MAY_HOLD_ADDRESS.test(clean)) collect(EMAIL, clean, isAddress, ranges);
  if (/\d/.test(clean)) {
    collect(INTERNATIONAL, clean, (match) => isInternationalNumber(match[0]), ranges);
    collect(NATIONAL, clean, (match) => isPhoneNumber(match[0]), ranges);
  }
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [start, stop] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start < last[1]) last[1] = Math.max(last[1], stop);
    else merged.push([start, stop]);
  }
  let out = '';
  let from = 0;
  for (const [start, stop] of merged) {
    out += text.slice(from, at(start)) + REDACTED;
    from = at(stop - 1) + 1;
  }
  return out + text.slice(from);
}

/** What stands in a public text where an e-mail address or a phone number was. */
export const REDACTED = '[…]';

// An address as people type it, also written with (at) or (ät) to fool harvesters; `mailto:` goes
// with it. The look-behind lets a match start only where a run of address characters starts, and
// the bounded parts keep the work linear in the length of the text.
const EMAIL =
  /(?<![\p{L}\p{N}._%+'-])(?:mailto:)?[\p{L}\p{N}._%+'-]{1,64}(?:@|\s?[([](?:at|ät)[)\]]\s?)[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}[\p{L}\p{N}-]{1,62}/gu;
// International numbers only (+ and at least 8 digits), so years, counts and local numbers stay.
const PHONE = /\+\d(?:[\s().\u2013-]{0,3}\d){7,14}/g;

/**
 * The text without e-mail addresses and international phone numbers: a mentor who writes one
 * into a public field (a bio) would otherwise publish it, and the site relays contact instead.
 */
export function redactContacts(text: string): string {
  if (!/[@+(\[]/.test(text)) return text;
  return text.replace(EMAIL, REDACTED).replace(PHONE, REDACTED);
}

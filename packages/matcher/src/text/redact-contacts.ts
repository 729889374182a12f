/** What stands in a public text where an e-mail address or a phone number was. */
export const REDACTED = '[…]';

// An address as people type it (no quoted local parts); `mailto:` goes with it.
const EMAIL = /(?:mailto:)?[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// International numbers only (+ and at least 7 digits), so years, ranges and counts stay.
const PHONE = /\+\d(?:[\s().-]{0,2}\d){6,14}/g;

/**
 * The text without e-mail addresses and international phone numbers: a mentor who writes one
 * into a public field (a bio) would otherwise publish it, and the site relays contact instead.
 */
export function redactContacts(text: string): string {
  if (!text.includes('@') && !text.includes('+')) return text;
  return text.replace(EMAIL, REDACTED).replace(PHONE, REDACTED);
}

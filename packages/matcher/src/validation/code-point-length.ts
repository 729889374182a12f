// A surrogate pair: one character in two UTF-16 units. Without the `u` flag the pattern sees units.
const PAIRS = /[\ud800-\udbff][\udc00-\udfff]/g;
const HIGH_SURROGATE = /[\ud800-\udbff]/;

/** Length in Unicode code points, as JSON Schema's minLength/maxLength count it. */
export function codePointLength(text: string): number {
  // Most text has no character outside the Basic Multilingual Plane; the native scan settles it.
  if (!HIGH_SURROGATE.test(text)) return text.length;
  return text.length - (text.match(PAIRS)?.length ?? 0);
}

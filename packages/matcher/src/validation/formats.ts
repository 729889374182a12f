import { isCountryCode } from '../codes/country-codes.js';
import { isLanguageCode } from '../codes/language-codes.js';

/** A string format check used by the precompiled validators. */
export type FormatCheck = (value: string) => boolean;

// Linear checks only: no pattern here may backtrack on long input.
const EMAIL_LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const EMAIL_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Dates and timestamps are read by character codes: they occur several times in every record,
// and a regular expression with capture groups cost more than the rest of a mentor's checks.

const ZERO = 48;
const DASH = 45;
const COLON = 58;
const DOT = 46;

/** The number written by `length` ASCII digits at `at`, or -1. */
function digitsAt(value: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) {
    const d = value.charCodeAt(i) - ZERO;
    if (!(d >= 0 && d <= 9)) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** `YYYY-MM-DD` naming a real calendar day, at position `at`. */
function isDateAt(value: string, at: number): boolean {
  if (value.charCodeAt(at + 4) !== DASH || value.charCodeAt(at + 7) !== DASH) return false;
  const year = digitsAt(value, at, 4);
  const month = digitsAt(value, at + 5, 2);
  const day = digitsAt(value, at + 8, 2);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** `YYYY-MM-DD` naming a real calendar day. */
export function isIsoDate(value: string): boolean {
  return typeof value === 'string' && value.length === 10 && isDateAt(value, 0);
}

/** RFC 3339 date-time with seconds and a zone (`Z` or `±HH:MM`); second 60 allows a leap second. */
export function isIsoTimestamp(value: string): boolean {
  if (typeof value !== 'string' || value.length < 20 || value.length > 40 || !isDateAt(value, 0)) return false;
  const t = value[10];
  if ((t !== 'T' && t !== 't') || value.charCodeAt(13) !== COLON || value.charCodeAt(16) !== COLON) return false;
  const hour = digitsAt(value, 11, 2);
  const minute = digitsAt(value, 14, 2);
  const second = digitsAt(value, 17, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return false;
  let at = 19;
  if (value.charCodeAt(at) === DOT) {
    let end = at + 1;
    while (end < value.length && digitsAt(value, end, 1) >= 0) end++;
    if (end - at - 1 < 1 || end - at - 1 > 9) return false;
    at = end;
  }
  const zone = value[at];
  if (zone === 'Z' || zone === 'z') return at + 1 === value.length;
  if ((zone !== '+' && zone !== '-') || at + 6 !== value.length || value.charCodeAt(at + 3) !== COLON) return false;
  const zoneHour = digitsAt(value, at + 1, 2);
  const zoneMinute = digitsAt(value, at + 4, 2);
  return zoneHour >= 0 && zoneHour <= 23 && zoneMinute >= 0 && zoneMinute <= 59;
}

/** A plain address `local@domain.tld`: no quoted parts, no IP literals. */
export function isEmail(value: string): boolean {
  if (value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at < 1 || at > 64) return false;
  const labels = value.slice(at + 1).split('.');
  return (
    EMAIL_LOCAL.test(value.slice(0, at)) &&
    labels.length >= 2 &&
    labels.every((label) => EMAIL_LABEL.test(label)) &&
    /^[A-Za-z]{2,63}$|^xn--[A-Za-z0-9-]{1,59}$/.test(labels[labels.length - 1] ?? '')
  );
}

/** Format checks by the names the schemas use; the generated validators look them up here. */
export const VALIDATION_FORMATS: Readonly<Record<string, FormatCheck>> = Object.freeze({
  date: isIsoDate,
  'date-time': isIsoTimestamp,
  email: isEmail,
  'iso3166-1-alpha2': isCountryCode,
  'iso639-1': isLanguageCode,
});

import { isCountryCode } from '../codes/country-codes.js';
import { isLanguageCode } from '../codes/language-codes.js';

/** A string format check used by the precompiled validators. */
export type FormatCheck = (value: string) => boolean;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;
// Linear checks only: no pattern here may backtrack on long input.
const EMAIL_LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const EMAIL_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `YYYY-MM-DD` naming a real calendar day. */
export function isIsoDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** RFC 3339 date-time with seconds and a zone (`Z` or `±HH:MM`). */
export function isIsoTimestamp(value: string): boolean {
  if (value.length > 40) return false;
  const match = DATE_TIME.exec(value);
  if (!match || !isIsoDate(match[1] ?? '')) return false;
  const [hour, minute, second] = [match[2], match[3], match[4]].map(Number) as [number, number, number];
  const zoneOk = match[5] === undefined || (Number(match[5]) <= 23 && Number(match[6]) <= 59);
  // Second 60 allows a leap second.
  return hour <= 23 && minute <= 59 && second <= 60 && zoneOk;
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

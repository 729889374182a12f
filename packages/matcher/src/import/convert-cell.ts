import { normalizeCountryCode } from '../codes/index.js';
import type { ColumnSpec } from './column-mapping.js';

export type CellResult = { ok: true; value: unknown } | { ok: false; code: string; message: string };

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'x', '✓', 'jah', 'kyllä', 'kylla', 'taip', 'jā', 'ja']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'ei', 'ne', 'nē', 'nee', 'nein']);
const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const LEVELS = /^(native|[abc][12])$/i;

const fail = (code: string, message: string): CellResult => ({ ok: false, code, message });
const ok = (value: unknown): CellResult => ({ ok: true, value });

/** Answers compared as a person reads them: one Unicode form (a Mac may write "ä" as two characters), any case. */
const answerKey = (text: string): string => text.normalize('NFC').toLowerCase();

/**
 * A multiple-choice cell's answers. An answer the mapping lists stays whole even when it holds the
 * separator ("Video call (Zoom, Teams), Phone"): forms join answers with the same ", ".
 */
function splitItems(text: string, spec: ColumnSpec): string[] {
  const { split } = spec;
  const splits = (part: string) => (split === undefined ? /[;,]/.test(part) : part.includes(split));
  const whole = Object.keys(spec.values ?? {})
    .filter((answer) => answer.trim() !== '' && splits(answer))
    .sort((a, b) => b.length - a.length);
  // Each such answer found is set aside as a marker no separator splits, and put back after the split.
  const found: string[] = [];
  let rest = text.normalize('NFC');
  const escape = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const separator = split === undefined ? '[;,]' : escape(split);
  for (const answer of whole) {
    // Only a whole item: "Phone, video" is not found inside "Smartphone, video".
    const pattern = new RegExp(`(?<=^|${separator})(\\s*)${escape(answer.normalize('NFC'))}(?=\\s*(?:${separator}|$))`, 'giu');
    rest = rest.replace(pattern, (match: string, space: string) => `${space}\u0000${found.push(match.slice(space.length)) - 1}\u0000`);
  }
  const parts = split === undefined ? rest.split(/[;,]/) : rest.split(split);
  return parts
    .map((part) => part.replace(/\u0000(\d+)\u0000/g, (_, index: string) => found[Number(index)] ?? '').trim())
    .filter((part) => part !== '');
}

function mapped(text: string, spec: ColumnSpec): { hit: boolean; value: unknown } {
  const values = spec.values;
  if (!values) return { hit: false, value: text };
  if (Object.hasOwn(values, text)) return { hit: true, value: values[text] };
  const wanted = answerKey(text);
  const key = Object.keys(values).find((k) => answerKey(k) === wanted);
  return key === undefined ? { hit: false, value: text } : { hit: true, value: values[key] };
}

// A spreadsheet cell formatted as a number shows a date as days since 1899-12-30 (Excel, LibreOffice and Google Sheets alike).
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
// Serial numbers of the years 1955 to 2119: a five-digit number in a date column is one of these.
const SERIAL = /^([2-9]\d{4})(?:[.,](\d+))?$/;

/** The date and time a spreadsheet serial number stands for, as `YYYY-MM-DDTHH:MM:SS` in UTC. */
function fromSerial(days: string, fraction = ''): string {
  const ms = SERIAL_EPOCH + Math.round((Number(days) + Number(`0.${fraction || '0'}`)) * 86_400_000 / 1000) * 1000;
  return new Date(ms).toISOString().slice(0, 19);
}

/** `YYYY-MM-DD`, `DD.MM.YYYY` as spreadsheets in et/fi/lt/lv locales write dates, or a date's serial number. */
function toIsoDate(text: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const serial = SERIAL.exec(text);
  if (serial && serial[2] === undefined) return fromSerial(serial[1]!).slice(0, 10);
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  return m ? `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}` : null;
}

/**
 * ISO 8601 with a zone as is; without one, `date HH:MM[:SS]` (either date form) or a serial number
 * with a fraction of a day is taken as UTC.
 */
function toTimestamp(text: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return text;
  const serial = SERIAL.exec(text);
  if (serial) return `${fromSerial(serial[1]!, serial[2])}Z`;
  const m = /^(\S+?)(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  const date = m ? toIsoDate(m[1] ?? '') : toIsoDate(text);
  if (!date) return null;
  const [h, min, s] = m ? [m[2] ?? '0', m[3] ?? '00', m[4] ?? '00'] : ['0', '00', '00'];
  return `${date}T${h.padStart(2, '0')}:${min}:${s}Z`;
}

function language(item: string, spec: ColumnSpec): CellResult {
  if (spec.format === 'code') {
    if (!/^[a-z]{2}$/i.test(item)) return fail('language', `"${item}" is not a two-letter language code.`);
    return ok({ code: item.toLowerCase(), level: spec.level ?? 'B2' });
  }
  const m = /^([a-z]{2})\s*(?:[:/(]\s*|\s+)([a-z0-9]+)\s*\)?$/i.exec(item);
  if (!m || !LEVELS.test(m[2] ?? '')) return fail('language', `"${item}" is not "code:level" (e.g. "et:native", "en:B2").`);
  const level = (m[2] ?? '').toLowerCase() === 'native' ? 'native' : (m[2] ?? '').toUpperCase();
  return ok({ code: (m[1] ?? '').toLowerCase(), level });
}

function weeklySlot(item: string): CellResult {
  const m = /^([a-z]{3})[a-z]*\s+(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})$/i.exec(item);
  const day = (m?.[1] ?? '').toLowerCase();
  if (!m || !DAY_NAMES.includes(day)) return fail('weekly', `"${item}" is not "day HH:MM-HH:MM" (e.g. "tue 15:00-18:00").`);
  return ok({ day, start: `${(m[2] ?? '').padStart(2, '0')}:${m[3]}`, end: `${(m[4] ?? '').padStart(2, '0')}:${m[5]}` });
}

function certificate(item: string): CellResult {
  const m = /^([a-z-]+)\s*[:\s]\s*(\S+)$/i.exec(item);
  const date = m ? toIsoDate(m[2] ?? '') : null;
  if (!m || !date) return fail('certificate', `"${item}" is not "type:YYYY-MM-DD" (e.g. "career-counsellor:2027-05-31").`);
  return ok({ type: (m[1] ?? '').toLowerCase(), validUntil: date });
}

function listOf(text: string, spec: ColumnSpec, item: (s: string) => CellResult): CellResult {
  const out: unknown[] = [];
  for (const part of splitItems(text, spec)) {
    const m = mapped(part, spec);
    if (m.hit) {
      if (m.value !== null) out.push(m.value);
      continue;
    }
    const result = item(part);
    if (!result.ok) return result;
    out.push(result.value);
  }
  return ok(out);
}

function scalar(text: string, spec: ColumnSpec): CellResult {
  switch (spec.type) {
    case 'integer':
      return /^[+-]?\d+$/.test(text) ? ok(Number(text)) : fail('integer', `"${text}" is not a whole number (answers such as "one" become numbers through "values" in the column mapping).`);
    case 'number': {
      const n = Number(text.replace(',', '.'));
      return /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(text) && Number.isFinite(n) ? ok(n) : fail('number', `"${text}" is not a number.`);
    }
    case 'boolean': {
      const lower = text.toLowerCase();
      if (TRUE_WORDS.has(lower)) return ok(true);
      return FALSE_WORDS.has(lower) ? ok(false) : fail('boolean', `"${text}" is not yes/no (true, false, yes, no, 1, 0, x; other answers become yes or no through "values" in the column mapping).`);
    }
    case 'date': {
      const date = toIsoDate(text);
      return date ? ok(date) : fail('date', `"${text}" is not a date (YYYY-MM-DD, DD.MM.YYYY or a spreadsheet's date number).`);
    }
    case 'timestamp': {
      const ts = toTimestamp(text);
      return ts ? ok(ts) : fail('timestamp', `"${text}" is not a date and time (ISO 8601, or "YYYY-MM-DD HH:MM" in UTC).`);
    }
    case 'country':
      return ok(normalizeCountryCode(text.toUpperCase()) ?? text.toUpperCase());
    case 'json':
      try {
        return ok(JSON.parse(text));
      } catch {
        return fail('json', 'The cell is not valid JSON.');
      }
    default:
      return ok(text);
  }
}

/**
 * Turns one cell into a field value. An empty cell gives `undefined` (field left out), except lists
 * (empty list) and `nullable` (null). Answers listed in `values` are replaced first.
 */
export function convertCell(raw: string, spec: ColumnSpec): CellResult {
  const text = raw.trim();
  const isList = spec.type === 'list' || spec.type === 'languages' || spec.type === 'weekly' || spec.type === 'certificates';
  if (text === '') return ok(isList ? [] : spec.type === 'nullable' ? null : undefined);
  if (isList) {
    const item =
      spec.type === 'languages' ? (s: string) => language(s, spec) : spec.type === 'weekly' ? weeklySlot : spec.type === 'certificates' ? certificate : ok;
    return listOf(text, spec, item);
  }
  const m = mapped(text, spec);
  return m.hit ? ok(m.value) : scalar(text, spec);
}

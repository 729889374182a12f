import { resolveLocale, vocabularyLabel, type Locale, type VocabularyKind } from '../i18n/index.js';
import type { Reason, ReasonParams } from '../model/index.js';
import { REASON_TRANSLATIONS } from './messages/index.js';
import type { MessageParams, MessageTools, PluralForms, ReasonTranslation } from './reason-messages.js';
import type { CohortTools, PersonKind } from './messages/message-helpers.js';

/** How a reader sees cohort reasons: people by name, and the coordinator's own pins and exclusions. */
export interface FormatReasonOptions {
  /** A person's name for an id (mentor or mentee); without it, messages name ids. */
  name?: (kind: PersonKind, id: string) => string;
  /** 'coordinator' words exclusions as the reader's own ("You excluded this pair."). */
  viewer?: 'coordinator' | 'anyone';
}

const DEFAULT_OPTIONS: Readonly<FormatReasonOptions> = Object.freeze({ viewer: 'anyone' });

/**
 * A reason in words, in en, et, fi, lt or lv (other locales fall back by language, then to English).
 * An unknown code or unreadable params give a generic message; it never throws.
 */
export function formatReason(reason: Reason, locale: string, options: FormatReasonOptions = DEFAULT_OPTIONS): string {
  const resolved = resolveLocale(locale);
  const translation = REASON_TRANSLATIONS[resolved];
  const code = typeof reason?.code === 'string' ? reason.code : 'unknown';
  const message = Object.hasOwn(translation.messages, code) ? translation.messages[code as keyof ReasonTranslation['messages']] : undefined;
  if (!message) return translation.generic(code);
  try {
    // a date that ends in a period (lv "5. janv.") must not double the sentence's own
    return message(messageParams(reason?.params), readerTools(messageTools(resolved), options)).replace(/\.\.$/, '.');
  } catch {
    return translation.generic(code);
  }
}

function isParam(value: unknown): value is ReasonParams[string] {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
}

function messageParams(params: unknown): MessageParams {
  const record = typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {};
  const get = (key: string) => (Object.hasOwn(record, key) ? record[key] : undefined);
  return {
    text: (key) => {
      const value = get(key);
      return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    },
    number: (key) => {
      const value = Number(get(key));
      return Number.isFinite(value) ? value : 0;
    },
    list: (key) => {
      const value = get(key);
      if (Array.isArray(value)) return value.filter((x): x is string => typeof x === 'string');
      return typeof value === 'string' ? [value] : [];
    },
    has: (key) => get(key) !== undefined && get(key) !== '',
    nested: (prefix) => {
      const out: ReasonParams = {};
      for (const [key, value] of Object.entries(record)) if (key.startsWith(prefix) && isParam(value)) out[key.slice(prefix.length)] = value;
      return out;
    },
  };
}

const toolsCache = new Map<Locale, MessageTools>();

function messageTools(locale: Locale): MessageTools {
  const cached = toolsCache.get(locale);
  if (cached) return cached;
  const plural = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const label = (kind: VocabularyKind, id: string) => vocabularyLabel(kind, id, locale);
  const tools: MessageTools = {
    locale,
    count: (n: number, forms: PluralForms) => (forms[plural.select(n)] ?? forms.other).replace('#', numbers.format(n)),
    number: (n) => numbers.format(n),
    percent: (n) => percent.format(n / 100),
    date: (iso) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      return match ? dates.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))) : iso;
    },
    label,
    labels: (kind, ids) => list.format(ids.map((id) => label(kind, id))),
    reason: (code, params) => formatReason(params ? { code, effect: 'blocking', params } : { code, effect: 'blocking' }, locale),
  };
  toolsCache.set(locale, tools);
  return tools;
}

const MAX_PEOPLE = 5;
const listCache = new Map<Locale, Intl.ListFormat>();

function readerTools(tools: MessageTools, options: FormatReasonOptions): CohortTools {
  const list = listCache.get(tools.locale) ?? new Intl.ListFormat(tools.locale, { type: 'conjunction' });
  listCache.set(tools.locale, list);
  const name = options.name;
  const nameOf = (kind: PersonKind, id: string): string => {
    if (!name) return id;
    try {
      const named = name(kind, id);
      return typeof named === 'string' && named.trim() !== '' ? named : id;
    } catch {
      return id;
    }
  };
  return {
    ...tools,
    // inner reasons of a summary keep the reader's options
    reason: (code, params) => formatReason(params ? { code, effect: 'blocking', params } : { code, effect: 'blocking' }, tools.locale, options),
    people: (kind, ids, more, withIds = false) => {
      const shown = ids.length > MAX_PEOPLE + 1 ? ids.slice(0, MAX_PEOPLE) : ids;
      // records of one person share a name: their ids tell them apart
      const names = shown.map((id) => (withIds && nameOf(kind, id) !== id ? `${nameOf(kind, id)} (${id})` : nameOf(kind, id)));
      return list.format(shown.length < ids.length ? [...names, more(ids.length - shown.length)] : names);
    },
    coordinator: options.viewer === 'coordinator',
  };
}

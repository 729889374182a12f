import type { ReasonParams } from '../../model/index.js';
import type { MessageParams, MessageTools, PluralForms } from '../reason-messages.js';

/** Words for a language level and a rule's side, shared by the locale catalogues. */
export function level(value: string, native: string): string {
  return value === 'native' ? native : value;
}

export function side(value: string, sides: { mentor: string; mentee: string }): string {
  return value === 'mentee' ? sides.mentee : sides.mentor;
}

/** The side of a person a cohort message names. */
export type PersonKind = 'mentor' | 'mentee';

/** What formatReason's options add to the tools of cohort messages. */
export interface CohortTools extends MessageTools {
  /** People by name (the caller's, else their ids), at most five, then "and N more", joined as a list. */
  people(kind: PersonKind, ids: readonly string[], more: (n: number) => string, withIds?: boolean): string;
  /** The reader is the coordinator who set the pins and exclusions ("You excluded …"). */
  coordinator: boolean;
}

/** The cohort tools formatReason passes; a plain MessageTools (a caller of its own) gets ids and the neutral wording. */
export function cohortTools(t: MessageTools): CohortTools {
  if ('people' in t && 'coordinator' in t) return t as CohortTools;
  const list = new Intl.ListFormat(t.locale, { type: 'conjunction' });
  const people = (_kind: PersonKind, ids: readonly string[], more: (n: number) => string) =>
    list.format(ids.length > 6 ? [...ids.slice(0, 5), more(ids.length - 5)] : ids);
  return { ...t, people, coordinator: false };
}

/** Words a locale gives a `blocked-by` summary whose blocked reason concerns the mentors. */
export type MentorsBlocked = (n: number, inner: ReasonParams, t: CohortTools) => string;

const MENTEE_RULE_PREFIX = 'mentee-rule-';
const INNER_PREFIX = 'reason.';

/** A number param of the blocked reason; merged distinct values ("3, 5") read as their smallest. */
export function innerNumber(inner: ReasonParams, key: string): number {
  const value = inner[key];
  const numbers = String(Array.isArray(value) ? value.join(', ') : (value ?? ''))
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isFinite(n) && String(n) !== '');
  return numbers.length > 0 ? numbers.reduce((a, b) => (b < a ? b : a)) : 0;
}

/** A list param of the blocked reason; merged distinct values ("DE, EE") read as a list. */
export function innerList(inner: ReasonParams, key: string): string[] {
  const value = inner[key];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' && value !== '' ? value.split(',').map((s) => s.trim()) : [];
}

/**
 * `blocked-by` in words: a mentee rule is the mentee's own condition, whatever the count (said once,
 * like the headline); a mentor's condition says how many mentors it ruled out ("3 mentors lack …").
 */
export function blockedBy(p: MessageParams, tools: MessageTools, mentors: Readonly<Record<string, MentorsBlocked>>, fallback: PluralForms): string {
  const t = cohortTools(tools);
  const code = p.text('reason');
  const inner = p.nested(INNER_PREFIX);
  if (code.startsWith(MENTEE_RULE_PREFIX)) return t.reason(code, inner);
  const n = p.number('count');
  const words = Object.hasOwn(mentors, code) ? mentors[code] : undefined;
  return words ? words(n, inner, t) : `${t.count(n, fallback)} ${t.reason(code, inner)}`;
}

/** "<which mentors>: <count>", the form the locales without a verb per count use. */
export function mentorsWho(which: string | ((inner: ReasonParams, t: CohortTools) => string), forms: PluralForms): MentorsBlocked {
  return (n, inner, t) => `${typeof which === 'string' ? which : which(inner, t)}: ${t.count(n, forms)}.`;
}

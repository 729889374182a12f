import type { Reason } from '../model/index.js';
import { formatReason } from '../reasons/index.js';

type Params = NonNullable<Reason['params']>;
const list = (v: unknown) => (Array.isArray(v) ? v.join(', ') : String(v ?? ''));
/** At most five ids, then how many more. */
const some = (v: unknown) => {
  const ids = Array.isArray(v) ? v.map(String) : [];
  return ids.length > 5 ? `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more` : ids.join(', ');
};
const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);

/** English words for cohort and input codes, used when the matcher's catalogue has none. */
export const COHORT_MESSAGES_EN: Readonly<Record<string, (p: Params) => string>> = Object.freeze({
  'no-mentors': () => 'There are no mentors in this programme.',
  'mentee-ineligible': () => 'The mentee does not meet the programme rules.',
  'no-shared-language-any': (p) => `No mentor speaks any of the mentee's languages (${list(p['languages'])}).`,
  'all-excluded': () => 'Every mentor is excluded for this mentee.',
  'lost-to-others': (p) => `${count(p['mentorIds'])} suitable mentor(s) with room were needed for other mentees (${some(p['mentorIds'])}).`,
  'all-suitable-full': (p) => `Every suitable mentor is full (${some(p['mentorIds'])}).`,
  'no-eligible-mentor': (p) => `None of the ${String(p['count'])} mentors is eligible.`,
  'excluded-by-coordinator': () => 'The coordinator excluded this pair.',
  'pin-over-capacity': (p) => `Pinned beyond capacity: ${String(p['pinned'])} pinned, ${String(p['free'])} free.`,
  'outside-programme': (p) => `${p['kind'] === 'mentor' ? 'Mentors' : 'Mentees'} outside programme ${String(p['programme'])} left out: ${list(p['ids'])}.`,
  'not-in-cohort': (p) => `${String(p['list'])}: ${String(p['menteeId'])} – ${String(p['mentorId'])} names a ${String(p['side'])} who is not in this run.`,
  'duplicate-pin': (p) => `${String(p['menteeId'])} is pinned twice; kept ${String(p['keptMentorId'])}, ignored ${String(p['mentorId'])}.`,
  'pin-already-paired': (p) => `${String(p['menteeId'])} already has a running pair; the pin to ${String(p['mentorId'])} is ignored.`,
  'invalid-pair-ref': (p) => `${String(p['list'])}: an entry without menteeId and mentorId is ignored.`,
  'solver-failed': (p) => `The exact solver could not run (${String(p['status'])}); greedy pairs are shown.`,
});

const PROBE = 'mf-probe-code';

/** The catalogue's words for a code it does not know, to tell them from a real message. */
function genericText(code: string, locale: string): string {
  return formatReason({ code: PROBE, effect: 'negative' }, locale).replace(PROBE, code);
}

/** A reason in words: the matcher's catalogue first, then the cohort words above, then the code itself. */
export function describeReason(reason: Reason, locale: string): string {
  if (reason.code === 'blocked-by') {
    const params: NonNullable<Reason['params']> = {};
    for (const [key, value] of Object.entries(reason.params ?? {})) if (key.startsWith('reason.')) params[key.slice('reason.'.length)] = value;
    const inner = describeReason({ code: String(reason.params?.['reason'] ?? ''), effect: 'blocking', params }, locale);
    return `${String(reason.params?.['count'] ?? 0)} × ${inner}`;
  }
  let text = '';
  try {
    text = formatReason(reason, locale);
  } catch {
    text = '';
  }
  if (text && text !== reason.code && text !== genericText(reason.code, locale)) return text;
  const fallback = COHORT_MESSAGES_EN[reason.code];
  return fallback ? fallback(reason.params ?? {}) : text || reason.code;
}

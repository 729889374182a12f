import type { Reason } from '../model/index.js';

/** What one mentor looked like to an unmatched mentee. */
export interface MentorVerdict {
  mentorId: string;
  /** Blocking reasons of the pair (scoring, coordinator exclusions). */
  blocking: readonly Reason[];
  /** Places the mentor had for new mentees after existing pairs and pins. */
  room: number;
}

export const UNMATCHED_CODES = Object.freeze({
  noMentors: 'no-mentors',
  menteeIneligible: 'mentee-ineligible',
  noSharedLanguageAny: 'no-shared-language-any',
  allExcluded: 'all-excluded',
  lostToOthers: 'lost-to-others',
  allSuitableFull: 'all-suitable-full',
  noEligibleMentor: 'no-eligible-mentor',
  blockedBy: 'blocked-by',
} as const);

const EXCLUSION_CODES: ReadonlySet<string> = new Set(['excluded-by-coordinator', 'excluded-by-mentee', 'conflict-of-interest']);
const CAPACITY_CODES: ReadonlySet<string> = new Set(['mentor-full']);
const MENTEE_RULE_PREFIX = 'mentee-rule-';

function blocking(code: string, params: Reason['params']): Reason {
  return params ? { code, effect: 'blocking', params } : { code, effect: 'blocking' };
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function everyHas(verdicts: readonly MentorVerdict[], test: (code: string) => boolean): boolean {
  return verdicts.length > 0 && verdicts.every((v) => v.blocking.some((r) => test(r.code)));
}

function menteeRuleReasons(verdicts: readonly MentorVerdict[]): Reason[] {
  const seen = new Map<string, Reason>();
  for (const v of verdicts) for (const r of v.blocking) if (r.code.startsWith(MENTEE_RULE_PREFIX) && !seen.has(r.code)) seen.set(r.code, r);
  return [...seen.values()].sort((a, b) => byId(a.code, b.code));
}

/** Prefix of the blocked reason's own params inside a `blocked-by` summary. */
export const BLOCKED_PARAM_PREFIX = 'reason.';

type ParamValue = NonNullable<Reason['params']>[string];

/** One value per param key: the shared value, or the distinct values joined (lists: their union). */
function mergeParams(reasons: readonly Reason[]): Record<string, ParamValue> {
  const values = new Map<string, ParamValue[]>();
  for (const r of reasons) {
    for (const [k, v] of Object.entries(r.params ?? {})) {
      const list = values.get(k);
      if (list) list.push(v);
      else values.set(k, [v]);
    }
  }
  const out: Record<string, ParamValue> = {};
  for (const [key, list] of values) {
    if (list.some(Array.isArray)) out[`${BLOCKED_PARAM_PREFIX}${key}`] = [...new Set(list.flatMap((v) => (Array.isArray(v) ? v : [String(v)])))].sort(byId);
    else {
      const distinct = [...new Set(list.map(String))].sort(byId);
      out[`${BLOCKED_PARAM_PREFIX}${key}`] = distinct.length === 1 ? (list[0] as ParamValue) : distinct.join(', ');
    }
  }
  return out;
}

/** One line per blocking code: how many mentors it ruled out, most frequent first, with the reason's params. */
function blockingSummary(verdicts: readonly MentorVerdict[]): Reason[] {
  const byCode = new Map<string, { ids: Set<string>; reasons: Reason[] }>();
  const add = (code: string, id: string, reason: Reason) => {
    const entry = byCode.get(code) ?? { ids: new Set<string>(), reasons: [] };
    entry.ids.add(id);
    entry.reasons.push(reason);
    byCode.set(code, entry);
  };
  for (const v of verdicts) {
    for (const r of v.blocking) add(r.code, v.mentorId, r);
    if (v.blocking.length === 0 && v.room <= 0) add('mentor-full', v.mentorId, { code: 'mentor-full', effect: 'blocking' });
  }
  return [...byCode.entries()]
    .sort((a, b) => b[1].ids.size - a[1].ids.size || byId(a[0], b[0]))
    .map(([code, { ids, reasons }]) =>
      blocking(UNMATCHED_CODES.blockedBy, { reason: code, count: ids.size, mentorIds: [...ids].sort(byId), ...mergeParams(reasons) }),
    );
}

function headline(verdicts: readonly MentorVerdict[], languages: readonly string[]): Reason[] {
  const found: Reason[] = [];
  const rules = menteeRuleReasons(verdicts);
  if (rules.length > 0 && everyHas(verdicts, (c) => c.startsWith(MENTEE_RULE_PREFIX))) {
    found.push(blocking(UNMATCHED_CODES.menteeIneligible, { rules: rules.map((r) => r.code) }), ...rules);
  }
  if (everyHas(verdicts, (c) => c === 'no-shared-language')) {
    found.push(blocking(UNMATCHED_CODES.noSharedLanguageAny, { languages: [...languages] }));
  }
  if (everyHas(verdicts, (c) => EXCLUSION_CODES.has(c))) {
    found.push(blocking(UNMATCHED_CODES.allExcluded, { count: verdicts.length }));
  }
  if (found.length > 0) return found;
  const open = verdicts.filter((v) => v.blocking.length === 0 && v.room > 0).map((v) => v.mentorId);
  if (open.length > 0) return [blocking(UNMATCHED_CODES.lostToOthers, { mentorIds: open })];
  const full = verdicts.filter((v) => v.blocking.every((r) => CAPACITY_CODES.has(r.code))).map((v) => v.mentorId);
  if (full.length > 0) return [blocking(UNMATCHED_CODES.allSuitableFull, { mentorIds: full })];
  return [blocking(UNMATCHED_CODES.noEligibleMentor, { count: verdicts.length })];
}

/**
 * Why nobody could take a mentee: headline reasons first (mentee ineligible, no shared language with
 * anyone, everyone excluded, eligible mentors used by others, every suitable mentor full), then how
 * many mentors each blocking reason ruled out.
 */
export function explainUnmatched(verdicts: readonly MentorVerdict[], menteeLanguages: readonly string[]): Reason[] {
  if (verdicts.length === 0) return [blocking(UNMATCHED_CODES.noMentors, undefined)];
  const sorted = [...verdicts].sort((a, b) => byId(a.mentorId, b.mentorId));
  const head = headline(sorted, menteeLanguages);
  // A mentee rule the headline already names is not repeated as a count of the mentors it ruled out.
  const said = new Set(head.map((r) => r.code));
  return [...head, ...blockingSummary(sorted).filter((r) => !said.has(String(r.params?.['reason'])))];
}

import type { Mentee } from '../model/index.js';
import { compareCodeUnits } from '../text/compare-code-units.js';

/** Which record of one person's duplicate registrations takes part in a run. */
export const DUPLICATE_KEEP = ['first', 'last', 'best', 'all'] as const;
export type DuplicateKeep = (typeof DUPLICATE_KEEP)[number];

export interface DuplicateMenteeOptions {
  /**
   * 'first' (default): the earliest submission; 'last': the latest; 'best': the record with the
   * highest score any allowed mentor offers; ties by id. 'all' pairs every record.
   */
  keep?: DuplicateKeep;
  /** Mentee ids the coordinator chose, one per group; they override `keep` for their group. */
  chosen?: readonly string[];
}

export const DEFAULT_DUPLICATE_OPTIONS = Object.freeze({ keep: 'first' as DuplicateKeep });

export interface DuplicateFacts {
  mentees: ReadonlyMap<string, Mentee>;
  /** Records that must stay: pinned or already in a running pair. */
  fixed: ReadonlySet<string>;
  /** Highest score any allowed mentor offers the record (−Infinity when none). */
  bestScore(menteeId: string): number;
}

const submitted = (mentee: Mentee | undefined): string => {
  const at = mentee?.private?.submittedAt;
  return typeof at === 'string' ? at : '';
};

/**
 * For each group of duplicate records (ids sorted), the records that sit out and the id kept in
 * their place. A pinned or already-paired record always stays (it is the one kept; when a group
 * has several, all of them stay); 'all' keeps every record unless the coordinator chose one.
 */
export function chooseDuplicateMentees(groups: readonly (readonly string[])[], facts: DuplicateFacts, options: DuplicateMenteeOptions = DEFAULT_DUPLICATE_OPTIONS): Map<string, string> {
  const keep = DUPLICATE_KEEP.includes(options.keep as DuplicateKeep) ? (options.keep as DuplicateKeep) : DEFAULT_DUPLICATE_OPTIONS.keep;
  const chosen = new Set(Array.isArray(options.chosen) ? options.chosen : []);
  const out = new Map<string, string>();
  for (const group of groups) {
    const fixed = group.filter((id) => facts.fixed.has(id));
    const picked = group.find((id) => chosen.has(id));
    if (picked === undefined && keep === 'all') continue;
    const kept = fixed[0] ?? picked ?? pick(group, keep, facts);
    for (const id of group) if (id !== kept && !facts.fixed.has(id)) out.set(id, kept);
  }
  return out;
}

function pick(group: readonly string[], keep: DuplicateKeep, facts: DuplicateFacts): string {
  const ordered = [...group];
  if (keep === 'best') {
    ordered.sort((a, b) => rank(facts.bestScore(b)) - rank(facts.bestScore(a)) || compareCodeUnits(a, b));
  } else {
    const sign = keep === 'last' ? -1 : 1;
    ordered.sort((a, b) => sign * compareCodeUnits(submitted(facts.mentees.get(a)), submitted(facts.mentees.get(b))) || compareCodeUnits(a, b));
  }
  return ordered[0]!;
}

/** Orders −Infinity and NaN last without subtracting infinities. */
const rank = (score: number): number => (Number.isFinite(score) ? score : -1);

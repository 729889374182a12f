import { formatReason, type Reason } from '@mentor-finder/matcher';

/** Turns a run's reasons into the coordinator's words. */
export type DescribeReasons = (reasons: readonly Reason[]) => string[];

/** A person's display name for an id. */
export type NameOf = (kind: 'mentor' | 'mentee', id: string) => string;

/**
 * Reasons in the UI language through the matcher's one catalogue, people by name, exclusions as the
 * coordinator's own; a reason that reads the same as an earlier one is said once.
 */
export function reasonDescriber(locale: string, name: NameOf): DescribeReasons {
  const options = { name, viewer: 'coordinator' } as const;
  return (reasons) => [...new Set(reasons.map((reason) => formatReason(reason, locale, options)))];
}

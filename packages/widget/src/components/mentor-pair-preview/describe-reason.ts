import { formatReason, type Reason } from '@mentor-finder/matcher';
import type { PairPreviewTranslation } from '../../pair-preview-translations/pair-preview-translation.js';

const BLOCKED_BY = 'blocked-by';
const INNER_PREFIX = 'reason.';

/** A reason in the UI language: the cohort's own codes from the catalogue, the rest by `formatReason`. */
export function describeReason(reason: Reason, t: PairPreviewTranslation): string {
  const params = reason.params ?? {};
  if (reason.code === BLOCKED_BY) {
    const inner: Record<string, NonNullable<Reason['params']>[string]> = {};
    for (const [key, value] of Object.entries(params)) if (key.startsWith(INNER_PREFIX)) inner[key.slice(INNER_PREFIX.length)] = value;
    const innerReason: Reason = { code: String(params['reason'] ?? ''), effect: 'blocking', params: inner };
    return t.blockedBy(Number(params['count'] ?? 0), describeReason(innerReason, t));
  }
  return t.cohortReason(reason.code, params) ?? formatReason(reason, t.$code);
}

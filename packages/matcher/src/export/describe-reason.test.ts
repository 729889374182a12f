import { describe, expect, it } from 'vitest';
import type { Reason } from '../model/index.js';
import { formatReason } from '../reasons/index.js';
import { COHORT_MESSAGES_EN, describeReason } from './describe-reason.js';

describe('describeReason', () => {
  it("uses the matcher's catalogue for scoring reasons, in the asked language", () => {
    const reason = { code: 'no-shared-language', effect: 'blocking' } as const;
    expect(describeReason(reason, 'en')).toBe(formatReason(reason, 'en'));
    expect(describeReason(reason, 'et')).toBe(formatReason(reason, 'et'));
    expect(describeReason(reason, 'et')).not.toBe(describeReason(reason, 'en'));
  });

  it('words cohort codes the catalogue does not know, and prefers the catalogue once it does', () => {
    const reason: Reason = { code: 'all-suitable-full', effect: 'blocking', params: { mentorIds: ['m-lv-01'] } };
    const generic = formatReason({ code: 'zz-unknown', effect: 'blocking' }, 'en').replace('zz-unknown', reason.code);
    const known = formatReason(reason, 'en') !== generic;
    expect(describeReason(reason, 'en')).toBe(known ? formatReason(reason, 'en') : 'Every suitable mentor is full (m-lv-01).');
    expect(COHORT_MESSAGES_EN['all-suitable-full']?.(reason.params ?? {})).toBe('Every suitable mentor is full (m-lv-01).');
  });

  it('words a blocking summary through its inner reason', () => {
    const words = describeReason({ code: 'blocked-by', effect: 'blocking', params: { reason: 'mentor-full', count: 3, mentorIds: [] } }, 'en');
    expect(words).toBe(`3 × ${formatReason({ code: 'mentor-full', effect: 'blocking' }, 'en')}`);
  });

  it('falls back to the code for an unknown code without words anywhere', () => {
    expect(describeReason({ code: 'something-new', effect: 'negative' }, 'en')).toContain('something-new');
  });
});

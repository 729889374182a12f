import type { Mentee, MenteeQuery, Reason, Rule } from '../model/index.js';
import { isoDay } from './iso-day.js';
import { unchecked } from './mentor-rules.js';
import { ruleDate, type RelationshipDates } from './relationship-dates.js';

/**
 * Checks a programme's mentee rules: failures block every pair of this mentee. What a visitor's
 * query does not carry (eligibility flags, membership) is reported as unchecked, not as a failure.
 */
export function checkMenteeRules(mentee: Mentee | MenteeQuery, rules: readonly Rule[] | undefined, dates: RelationshipDates): Reason[] {
  const reasons: Reason[] = [];
  for (const rule of rules ?? []) {
    const reason = checkMenteeRule(mentee, rule, dates);
    if (reason) reasons.push(reason);
  }
  return reasons;
}

function checkMenteeRule(mentee: Mentee | MenteeQuery, rule: Rule, dates: RelationshipDates): Reason | null {
  switch (rule?.rule) {
    case 'goalsSet':
      return flag(mentee.eligibility?.goalsSet, 'mentee-rule-goals', 'goalsSet');
    case 'participationFeePaid':
      return flag(mentee.eligibility?.participationFeePaid, 'mentee-rule-fee', 'participationFeePaid');
    case 'membershipPaidOn': {
      const date = ruleDate(dates, rule.date);
      if (!date || !mentee.private) return unchecked('membershipPaidOn', 'mentee');
      const paidUntil = mentee.private.membership?.paidUntil;
      if (isoDay(paidUntil) >= isoDay(date)) return null;
      return { code: 'mentee-rule-membership', effect: 'blocking', params: paidUntil ? { date, paidUntil } : { date } };
    }
    case 'minYearsOfExperience':
    case 'certificateAnyOf':
    case 'mentorTrainingCompleted':
    case 'minEtwinningProjects':
    case 'minNationalQualityLabels':
      return null; // mentor rules
    default:
      return unchecked(String((rule as { rule?: unknown })?.rule ?? 'unknown'), 'mentee');
  }
}

function flag(value: boolean | undefined, code: string, rule: string): Reason | null {
  if (value === true) return null;
  if (value === false) return { code, effect: 'blocking' };
  return unchecked(rule, 'mentee');
}

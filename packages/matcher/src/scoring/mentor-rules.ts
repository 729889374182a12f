import type { AnyMentor, Reason, Rule } from '../model/index.js';
import { finiteOr } from './finite-or.js';
import { isoDay } from './iso-day.js';
import { ruleDate, type RelationshipDates } from './relationship-dates.js';

/**
 * Checks a programme's mentor rules. A failed rule gives a blocking reason. A rule that cannot be
 * checked (a public record has no membership data; a dated rule without dates; an unknown rule)
 * gives a 'rule-unchecked' reason and does not block: the coordinator's full record decides.
 */
export function checkMentorRules(mentor: AnyMentor, rules: readonly Rule[] | undefined, dates: RelationshipDates): Reason[] {
  const reasons: Reason[] = [];
  for (const rule of rules ?? []) {
    const reason = checkMentorRule(mentor, rule, dates);
    if (reason) reasons.push(reason);
  }
  return reasons;
}

function checkMentorRule(mentor: AnyMentor, rule: Rule, dates: RelationshipDates): Reason | null {
  switch (rule?.rule) {
    case 'minYearsOfExperience':
      return atLeast(rule, 'rule-min-years', finiteOr(mentor.eligibility?.yearsOfExperience, 0));
    case 'minEtwinningProjects':
      return atLeast(rule, 'rule-min-projects', finiteOr(mentor.experience?.etwinning?.projects, 0));
    case 'minNationalQualityLabels':
      return atLeast(rule, 'rule-min-quality-labels', finiteOr(mentor.experience?.etwinning?.nationalQualityLabels, 0));
    case 'mentorTrainingCompleted':
      return mentor.eligibility?.mentorTraining?.completed === true ? null : { code: 'rule-training', effect: 'blocking' };
    case 'certificateAnyOf':
      return checkCertificate(mentor, rule.types, ruleDate(dates, rule.validOn));
    case 'membershipPaidOn':
      return checkMembership(mentor, ruleDate(dates, rule.date));
    case 'goalsSet':
    case 'participationFeePaid':
      return null; // mentee rules; nothing to check on a mentor
    default:
      return unchecked(String((rule as { rule?: unknown })?.rule ?? 'unknown'));
  }
}

/** Thresholds are inclusive: exactly the required number passes. */
function atLeast(rule: { rule: string; value: number }, code: string, actual: number): Reason | null {
  const required = rule.value;
  if (typeof required !== 'number' || !Number.isFinite(required)) return unchecked(rule.rule);
  return actual >= required ? null : { code, effect: 'blocking', params: { required, actual } };
}

function checkCertificate(mentor: AnyMentor, types: readonly string[] | undefined, date: string | undefined): Reason | null {
  if (!date) return unchecked('certificateAnyOf');
  const wanted = new Set(Array.isArray(types) ? types : []);
  const day = isoDay(date);
  let latest = '';
  for (const cert of mentor.eligibility?.certificates ?? []) {
    if (!wanted.has(cert?.type)) continue;
    if (isoDay(cert.validUntil) >= day) return null;
    if (typeof cert.validUntil === 'string' && cert.validUntil > latest) latest = cert.validUntil;
  }
  const params: Reason['params'] = { types: [...wanted].sort(), date };
  if (latest) params.validUntil = latest;
  return { code: 'rule-certificate', effect: 'blocking', params };
}

function checkMembership(mentor: AnyMentor, date: string | undefined): Reason | null {
  if (!date) return unchecked('membershipPaidOn');
  if (!('private' in mentor) || !mentor.private) return unchecked('membershipPaidOn');
  const paidUntil = mentor.private.membership?.paidUntil;
  if (isoDay(paidUntil) >= isoDay(date)) return null;
  return { code: 'rule-membership', effect: 'blocking', params: paidUntil ? { date, paidUntil } : { date } };
}

export function unchecked(rule: string, side: 'mentor' | 'mentee' = 'mentor'): Reason {
  return { code: 'rule-unchecked', effect: 'negative', params: { rule, side } };
}

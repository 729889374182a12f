import type { CohortReasonCode } from '../cohort-reason-codes.js';
import type { ReasonMessage } from '../reason-messages.js';
import { someIds } from './message-helpers.js';

const LISTS: Record<string, string> = { pins: 'Pins', exclusions: 'Exclusions', existingPairs: 'Running pairs' };
const more = (n: number) => `and ${n} more`;

export const cohortEn: Record<CohortReasonCode, ReasonMessage> = {
  'no-mentors': () => 'There are no mentors in this run.',
  'mentee-ineligible': () => 'The mentee does not meet the programme rules.',
  'no-shared-language-any': (p, t) => `No mentor speaks any of the mentee's languages (${t.labels('language', p.list('languages'))}).`,
  'all-excluded': () => 'Every mentor is excluded for this mentee.',
  'lost-to-others': (p) =>
    p.list('mentorIds').length === 1
      ? `The one suitable mentor with room was needed for another mentee (${someIds(p.list('mentorIds'), more)}).`
      : `All ${p.list('mentorIds').length} suitable mentors with room were needed for other mentees (${someIds(p.list('mentorIds'), more)}).`,
  'all-suitable-full': (p) => `Every suitable mentor is full (${someIds(p.list('mentorIds'), more)}).`,
  'no-eligible-mentor': (p, t) => `None of the ${t.count(p.number('count'), { one: '# mentor', other: '# mentors' })} is eligible.`,
  'blocked-by': (p, t) => `${t.number(p.number('count'))} × ${t.reason(p.text('reason'), p.nested('reason.'))}`,
  'excluded-by-coordinator': () => 'The coordinator excluded this pair.',
  'pin-over-capacity': (p, t) => `Pinned beyond capacity: ${t.number(p.number('pinned'))} pinned, ${t.count(p.number('free'), { one: '# free place', other: '# free places' })}.`,
  'outside-programme': (p) =>
    `${p.text('kind') === 'mentor' ? 'Mentors' : 'Mentees'} of other programmes left out of ${p.text('programme')}: ${someIds(p.list('ids'), more)}.`,
  'not-in-cohort': (p) =>
    `${LISTS[p.text('list')] ?? p.text('list')}: ${p.text('menteeId')} – ${p.text('mentorId')} names a ${p.text('side') === 'mentor' ? 'mentor' : 'mentee'} who is not in this run.`,
  'duplicate-pin': (p) => `${p.text('menteeId')} is pinned twice; ${p.text('keptMentorId')} is kept, ${p.text('mentorId')} ignored.`,
  'pin-already-paired': (p) => `${p.text('menteeId')} already has a running pair; the pin to ${p.text('mentorId')} is ignored.`,
  'invalid-pair-ref': (p) => `${LISTS[p.text('list')] ?? p.text('list')}: an entry without mentee and mentor id is ignored.`,
  'duplicate-mentee': (p) => `Probably one person registered more than once (same e-mail address): ${someIds(p.list('menteeIds'), more)}.`,
  'solver-failed': () => 'The exact solver could not run; a simpler method chose the pairs.',
};

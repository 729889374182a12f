import type { CohortReasonCode } from '../cohort-reason-codes.js';
import type { ReasonMessage } from '../reason-messages.js';
import { blockedBy, cohortTools, innerList, innerNumber, type MentorsBlocked } from './message-helpers.js';

const LISTS: Record<string, string> = { pins: 'Pins', exclusions: 'Exclusions', existingPairs: 'Running pairs' };
const more = (n: number) => `${n} more`;
const mentors = (verb: { one: string; other: string }, rest: string): MentorsBlocked => (n, _inner, t) =>
  `${t.count(n, { one: `# mentor ${verb.one}`, other: `# mentors ${verb.other}` })} ${rest}.`;


/** How many mentors a blocking reason ruled out, said of the mentors. */
const MENTORS: Record<string, MentorsBlocked> = {
  'mentor-not-active': mentors({ one: 'is', other: 'are' }, 'not active'),
  'different-programme': mentors({ one: 'belongs', other: 'belong' }, 'to another programme'),
  'excluded-by-mentee': (n, _i, t) => `The mentee asked not to be paired with ${t.count(n, { one: '# mentor', other: '# mentors' })}.`,
  'conflict-of-interest': mentors({ one: 'declared', other: 'declared' }, 'a conflict of interest'),
  'no-shared-language': mentors({ one: 'shares', other: 'share' }, 'no language with the mentee at a usable level'),
  'different-country': (n, inner, t) =>
    `${t.count(n, { one: '# mentor is', other: '# mentors are' })} in another country (${t.labels('country', innerList(inner, 'country'))}).`,
  'no-in-person': mentors({ one: 'cannot', other: 'cannot' }, 'meet in person'),
  'no-meeting-mode': mentors({ one: 'has', other: 'have' }, 'no way of meeting in common with the mentee'),
  'availability-no-overlap': mentors({ one: 'is', other: 'are' }, 'not available in the requested period'),
  'mentor-full': mentors({ one: 'has', other: 'have' }, 'no free place'),
  'not-accepting-requests': mentors({ one: 'takes', other: 'take' }, 'no new requests'),
  'rule-min-years': (n, inner, t) =>
    `${t.count(n, { one: '# mentor lacks', other: '# mentors lack' })} ${t.count(innerNumber(inner, 'required'), { one: '# year', other: '# years' })} of experience.`,
  'rule-certificate': mentors({ one: 'lacks', other: 'lack' }, 'a valid professional certificate'),
  'rule-training': mentors({ one: 'has', other: 'have' }, 'not completed mentor training'),
  'rule-membership': mentors({ one: 'has', other: 'have' }, 'not paid the membership fee'),
  'rule-min-projects': (n, inner, t) =>
    `${t.count(n, { one: '# mentor lacks', other: '# mentors lack' })} ${t.count(innerNumber(inner, 'required'), { one: '# eTwinning project', other: '# eTwinning projects' })}.`,
  'rule-min-quality-labels': (n, inner, t) =>
    `${t.count(n, { one: '# mentor lacks', other: '# mentors lack' })} ${t.count(innerNumber(inner, 'required'), { one: '# National Quality Label', other: '# National Quality Labels' })}.`,
  'excluded-by-coordinator': (n, _i, t) =>
    `${t.coordinator ? 'You' : 'The coordinator'} excluded ${t.count(n, { one: '# mentor', other: '# mentors' })} for this mentee.`,
};

export const cohortEn: Record<CohortReasonCode, ReasonMessage> = {
  'no-mentors': () => 'There are no mentors in this run.',
  'mentee-ineligible': () => 'The mentee does not meet the programme rules.',
  'no-shared-language-any': (p, t) => `No mentor speaks any of the mentee's languages (${t.labels('language', p.list('languages'))}).`,
  'all-excluded': () => 'Every mentor is excluded for this mentee.',
  'lost-to-others': (p, t) =>
    p.list('mentorIds').length === 1
      ? `The one suitable mentor with room was needed for another mentee (${cohortTools(t).people('mentor', p.list('mentorIds'), more)}).`
      : `All ${p.list('mentorIds').length} suitable mentors with room were needed for other mentees (${cohortTools(t).people('mentor', p.list('mentorIds'), more)}).`,
  'all-suitable-full': (p, t) => `Every suitable mentor is full (${cohortTools(t).people('mentor', p.list('mentorIds'), more)}).`,
  'no-eligible-mentor': (p, t) => `None of the ${t.count(p.number('count'), { one: '# mentor', other: '# mentors' })} is eligible.`,
  'blocked-by': (p, t) => blockedBy(p, t, MENTORS, { one: '# mentor:', other: '# mentors:' }),
  'excluded-by-coordinator': (_p, t) => (cohortTools(t).coordinator ? 'You excluded this pair.' : 'The coordinator excluded this pair.'),
  'pin-over-capacity': (p, t) => `Pinned beyond capacity: ${t.number(p.number('pinned'))} pinned, ${t.count(p.number('free'), { one: '# free place', other: '# free places' })}.`,
  'outside-programme': (p, t) =>
    `${p.text('kind') === 'mentor' ? 'Mentors' : 'Mentees'} of other programmes left out of ${p.text('programme')}: ${cohortTools(t).people(p.text('kind') === 'mentor' ? 'mentor' : 'mentee', p.list('ids'), more)}.`,
  'capacity-above-programme': (p, t) =>
    `Mentors who offer more places than ${p.text('programme')} allows (at most ${t.number(p.number('limit'))} mentees per mentor) are paired with no more than that: ${cohortTools(t).people('mentor', p.list('ids'), more)}.`,
  'not-in-cohort': (p, t) =>
    `${LISTS[p.text('list')] ?? p.text('list')}: ${cohortTools(t).people('mentee', [p.text('menteeId')], more)} – ${cohortTools(t).people('mentor', [p.text('mentorId')], more)} names a ${p.text('side') === 'mentor' ? 'mentor' : 'mentee'} who is not in this run.`,
  'duplicate-pin': (p, t) => {
    const c = cohortTools(t);
    return `${c.people('mentee', [p.text('menteeId')], more)} is pinned twice; ${c.people('mentor', [p.text('keptMentorId')], more)} is kept, ${c.people('mentor', [p.text('mentorId')], more)} ignored.`;
  },
  'pin-already-paired': (p, t) => {
    const c = cohortTools(t);
    return `${c.people('mentee', [p.text('menteeId')], more)} already has a running pair; the pin to ${c.people('mentor', [p.text('mentorId')], more)} is ignored.`;
  },
  'invalid-pair-ref': (p) => `${LISTS[p.text('list')] ?? p.text('list')}: an entry without mentee and mentor id is ignored.`,
  'duplicate-mentee': (p, t) => {
    const c = cohortTools(t);
    const kept = p.has('keptMenteeId') ? ` Kept for pairing: ${c.people('mentee', [p.text('keptMenteeId')], more, true)}.` : '';
    return `Probably one person registered more than once (same e-mail address): ${c.people('mentee', p.list('menteeIds'), more, true)}.${kept}`;
  },
  'duplicate-mentor': (p, t) => {
    const c = cohortTools(t);
    return `Probably one mentor registered more than once (same e-mail address): ${c.people('mentor', p.list('mentorIds'), more, true)}. Each record offers its own places, so this person may get more mentees than they offered: remove one record, or lower its places.`;
  },
  'unknown-topic': (p, t) =>
    `Topics that are not in the list of ${p.text('programme')}: goals are never read as them, so they match only the same word held by someone else: ${p.list('topics').join(', ')} (${p.text('kind') === 'mentor' ? 'mentors' : 'mentees'}: ${cohortTools(t).people(p.text('kind') === 'mentor' ? 'mentor' : 'mentee', p.list('ids'), more)}). Check the spelling in the form or the column mapping.`,
  'solver-failed': () => 'The exact solver could not run; a simpler method chose the pairs.',
};

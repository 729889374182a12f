import type { ReasonTranslation } from '../reason-messages.js';
import { cohortEn } from './cohort-en.js';
import { level, side } from './message-helpers.js';

export const en: ReasonTranslation = {
  messages: {
    ...cohortEn,
    'mentor-not-active': () => 'The mentor is not active at the moment.',
    'different-programme': () => 'The mentor belongs to another programme.',
    'excluded-by-mentee': () => 'The mentee asked not to be paired with this mentor.',
    'conflict-of-interest': () => 'The mentor declared a conflict of interest.',
    'no-shared-language': () => 'No language in common at a usable level.',
    'different-country': (p, t) => `Only mentors from the mentee's own country were asked for; this mentor is in ${t.label('country', p.text('country'))}.`,
    'no-in-person': () => 'Only in-person meetings were asked for, and this mentor cannot meet in person.',
    'no-meeting-mode': () => 'No way of meeting in common.',
    'availability-no-overlap': () => 'The availability dates do not overlap.',
    'mentor-full': () => 'No free places left.',
    'not-accepting-requests': () => 'Not taking new requests.',
    'rule-min-years': (p, t) =>
      `Needs ${t.count(p.number('required'), { one: '# year', other: '# years' })} of experience; has ${t.count(p.number('actual'), { one: '# year', other: '# years' })}.`,
    'rule-certificate': (p, t) =>
      `No valid professional certificate on ${t.date(p.text('date'))}${p.has('validUntil') ? ` (expired ${t.date(p.text('validUntil'))})` : ''}.`,
    'rule-training': () => 'Mentor training not completed.',
    'rule-membership': (p, t) =>
      `Membership not paid on ${t.date(p.text('date'))}${p.has('paidUntil') ? ` (paid until ${t.date(p.text('paidUntil'))})` : ''}.`,
    'rule-min-projects': (p, t) =>
      `Needs ${t.count(p.number('required'), { one: '# eTwinning project', other: '# eTwinning projects' })}; has ${t.number(p.number('actual'))}.`,
    'rule-min-quality-labels': (p, t) =>
      `Needs ${t.count(p.number('required'), { one: '# National Quality Label', other: '# National Quality Labels' })}; has ${t.number(p.number('actual'))}.`,
    'mentee-rule-goals': () => "The mentee's goals are not set yet.",
    'mentee-rule-fee': () => "The mentee's participation fee is not paid.",
    'mentee-rule-membership': (p, t) => `The mentee's membership is not paid on ${t.date(p.text('date'))}.`,
    'topic-match': (p, t) => `Can help with: ${t.labels('topic', p.list('topics'))}.`,
    'no-topic-match': (p, t) => `Does not offer: ${t.labels('topic', p.list('topics'))}.`,
    'subject-match': (p, t) => `Same subjects: ${t.labels('subject', p.list('subjects'))}.`,
    'school-level-match': (p, t) => `Same school levels: ${t.labels('schoolLevel', p.list('levels'))}.`,
    'shared-language': (p, t) => `Common language: ${t.label('language', p.text('language'))} (${level(p.text('level'), en.native)}).`,
    'weak-language-level': (p, t) =>
      `Common language only at a basic level: ${t.label('language', p.text('language'))} (${level(p.text('level'), en.native)}).`,
    'same-country': (p, t) => `Also in ${t.label('country', p.text('country'))}.`,
    'meeting-mode-match': (p, t) => `Can meet: ${t.labels('meetingMode', p.list('modes'))}.`,
    'availability-overlap': (p, t) => `${t.count(p.number('hours'), { one: '# hour', other: '# hours' })} a week in common.`,
    'no-weekly-overlap': () => 'No weekly time slot in common.',
    'availability-partial': (p, t) => `Available for ${t.percent(p.number('percent'))} of the requested period.`,
    'free-places': (p, t) => (p.has('free') ? t.count(p.number('free'), { one: '# free place.', other: '# free places.' }) : 'Has free places.'),
    'preferred-mentor': () => 'The mentee named this mentor as preferred.',
    'rule-unchecked': (p) => `Could not be checked for the ${side(p.text('side'), en.sides)}: ${en.rules[p.text('rule')] ?? p.text('rule')}.`,
  },
  generic: (code) => `Other reason (${code}).`,
  native: 'native',
  rules: {
    minYearsOfExperience: 'years of experience',
    certificateAnyOf: 'valid professional certificate',
    mentorTrainingCompleted: 'mentor training',
    membershipPaidOn: 'membership fee',
    goalsSet: 'goals set',
    participationFeePaid: 'participation fee',
    minEtwinningProjects: 'eTwinning projects',
    minNationalQualityLabels: 'National Quality Labels',
  },
  fit: { 'very-good': 'Very good fit', good: 'Good fit', fair: 'Fair fit', poor: 'Poor fit', unknown: 'Not enough to judge fit', ineligible: 'Not a possible match' },
  sides: { mentor: 'mentor', mentee: 'mentee' },
};

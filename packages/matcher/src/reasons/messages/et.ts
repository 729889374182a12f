import type { ReasonTranslation } from '../reason-messages.js';
import { cohortEt } from './cohort-et.js';
import { level, side } from './message-helpers.js';

export const et: ReasonTranslation = {
  messages: {
    ...cohortEt,
    'mentor-not-active': () => 'Mentor ei ole praegu aktiivne.',
    'different-programme': () => 'Mentor kuulub teise programmi.',
    'excluded-by-mentee': () => 'Mentii palus, et teda selle mentoriga paari ei pandaks.',
    'conflict-of-interest': () => 'Mentor on teatanud huvide konfliktist.',
    'no-shared-language': () => 'Puudub ühine keel piisaval tasemel.',
    'different-country': (p, t) => `Soovitud on ainult oma riigi mentorit; selle mentori riik: ${t.label('country', p.text('country'))}.`,
    'no-in-person': () => 'Soovitud on ainult silmast silma kohtumisi, aga see mentor ei saa kohtuda kohapeal.',
    'no-meeting-mode': () => 'Puudub ühine kohtumisviis.',
    'availability-no-overlap': () => 'Saadavuse kuupäevad ei kattu.',
    'mentor-full': () => 'Vabu kohti ei ole.',
    'not-accepting-requests': () => 'Uusi pöördumisi praegu vastu ei võeta.',
    'rule-min-years': (p, t) =>
      `Nõutav kogemus: ${t.count(p.number('required'), { one: '# aasta', other: '# aastat' })}; on ${t.count(p.number('actual'), { one: '# aasta', other: '# aastat' })}.`,
    'rule-certificate': (p, t) =>
      `Kehtiv kutsetunnistus puudub seisuga ${t.date(p.text('date'))}${p.has('validUntil') ? ` (kehtis kuni ${t.date(p.text('validUntil'))})` : ''}.`,
    'rule-training': () => 'Mentorkoolitus on läbimata.',
    'rule-membership': (p, t) =>
      `Liikmemaks ei ole tasutud seisuga ${t.date(p.text('date'))}${p.has('paidUntil') ? ` (tasutud kuni ${t.date(p.text('paidUntil'))})` : ''}.`,
    'rule-min-projects': (p, t) =>
      `Nõutav: ${t.count(p.number('required'), { one: '# eTwinningu projekt', other: '# eTwinningu projekti' })}; on ${t.number(p.number('actual'))}.`,
    'rule-min-quality-labels': (p, t) =>
      `Nõutav: ${t.count(p.number('required'), { one: '# riiklik kvaliteedimärk', other: '# riiklikku kvaliteedimärki' })}; on ${t.number(p.number('actual'))}.`,
    'mentee-rule-goals': () => 'Mentii eesmärgid on veel seadmata.',
    'mentee-rule-fee': () => 'Mentii osalustasu on tasumata.',
    'mentee-rule-membership': (p, t) => `Mentii liikmemaks ei ole tasutud seisuga ${t.date(p.text('date'))}.`,
    'topic-match': (p, t) => `Saab aidata: ${t.labels('topic', p.list('topics'))}.`,
    'no-topic-match': (p, t) => `Ei paku: ${t.labels('topic', p.list('topics'))}.`,
    'subject-match': (p, t) => `Samad ained: ${t.labels('subject', p.list('subjects'))}.`,
    'school-level-match': (p, t) => `Samad kooliastmed: ${t.labels('schoolLevel', p.list('levels'))}.`,
    'shared-language': (p, t) => `Ühine keel: ${t.label('language', p.text('language'))} (${level(p.text('level'), et.native)}).`,
    'weak-language-level': (p, t) =>
      `Ühine keel ainult algtasemel: ${t.label('language', p.text('language'))} (${level(p.text('level'), et.native)}).`,
    'same-country': (p, t) => `Sama riik: ${t.label('country', p.text('country'))}.`,
    'meeting-mode-match': (p, t) => `Saab kohtuda: ${t.labels('meetingMode', p.list('modes'))}.`,
    'availability-overlap': (p, t) => `Ühist aega ${t.count(p.number('hours'), { one: '# tund', other: '# tundi' })} nädalas.`,
    'no-weekly-overlap': () => 'Puudub ühine nädalane aeg.',
    'availability-partial': (p, t) => `Saadaval ${t.percent(p.number('percent'))} soovitud ajavahemikust.`,
    'free-places': (p, t) => (p.has('free') ? t.count(p.number('free'), { one: '# vaba koht.', other: '# vaba kohta.' }) : 'Vabu kohti on.'),
    'preferred-mentor': () => 'Mentii nimetas selle mentori eelistatuks.',
    'rule-unchecked': (p) => `Ei saanud kontrollida (${side(p.text('side'), et.sides)}): ${et.rules[p.text('rule')] ?? p.text('rule')}.`,
  },
  generic: (code) => `Muu põhjus (${code}).`,
  native: 'emakeel',
  rules: {
    minYearsOfExperience: 'tööstaaž',
    certificateAnyOf: 'kehtiv kutsetunnistus',
    mentorTrainingCompleted: 'mentorkoolitus',
    membershipPaidOn: 'liikmemaks',
    goalsSet: 'eesmärgid seatud',
    participationFeePaid: 'osalustasu',
    minEtwinningProjects: 'eTwinningu projektid',
    minNationalQualityLabels: 'riiklikud kvaliteedimärgid',
  },
  fit: { 'very-good': 'Väga hea sobivus', good: 'Hea sobivus', fair: 'Rahuldav sobivus', poor: 'Nõrk sobivus', unknown: 'Sobivuse hindamiseks napib teavet', ineligible: 'Ei sobi kokku' },
  sides: { mentor: 'mentor', mentee: 'mentii' },
};

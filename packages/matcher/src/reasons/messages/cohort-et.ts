import type { CohortReasonCode } from '../cohort-reason-codes.js';
import type { ReasonMessage } from '../reason-messages.js';
import { someIds } from './message-helpers.js';

const LISTS: Record<string, string> = { pins: 'Kinnitused', exclusions: 'Välistused', existingPairs: 'Käimasolevad paarid' };
const more = (n: number) => `ja veel ${n}`;

export const cohortEt: Record<CohortReasonCode, ReasonMessage> = {
  'no-mentors': () => 'Selles arvutuses ei ole ühtegi mentorit.',
  'mentee-ineligible': () => 'Mentii ei vasta programmi tingimustele.',
  'no-shared-language-any': (p, t) => `Ükski mentor ei räägi mentii keeli (${t.labels('language', p.list('languages'))}).`,
  'all-excluded': () => 'Kõik mentorid on selle mentii jaoks välistatud.',
  'lost-to-others': (p) => `Sobivad vabade kohtadega mentorid (${p.list('mentorIds').length}) läksid teistele mentiidele (${someIds(p.list('mentorIds'), more)}).`,
  'all-suitable-full': (p) => `Kõik sobivad mentorid on täis (${someIds(p.list('mentorIds'), more)}).`,
  'no-eligible-mentor': (p, t) => `Ükski ${t.number(p.number('count'))} mentorist ei vasta tingimustele.`,
  'blocked-by': (p, t) => `${t.number(p.number('count'))} × ${t.reason(p.text('reason'), p.nested('reason.'))}`,
  'excluded-by-coordinator': () => 'Koordinaator välistas selle paari.',
  'pin-over-capacity': (p, t) => `Kinnitatud üle mahu: ${t.number(p.number('pinned'))} kinnitatud, ${t.count(p.number('free'), { one: '# vaba koht', other: '# vaba kohta' })}.`,
  'outside-programme': (p) =>
    `Teiste programmide ${p.text('kind') === 'mentor' ? 'mentorid' : 'mentiid'} jäeti programmist ${p.text('programme')} välja: ${someIds(p.list('ids'), more)}.`,
  'not-in-cohort': (p) =>
    `${LISTS[p.text('list')] ?? p.text('list')}: ${p.text('menteeId')} – ${p.text('mentorId')}: see ${p.text('side') === 'mentor' ? 'mentor' : 'mentii'} ei ole selles arvutuses.`,
  'duplicate-pin': (p) => `${p.text('menteeId')} on kinnitatud kaks korda; jääb ${p.text('keptMentorId')}, ${p.text('mentorId')} jäetakse kõrvale.`,
  'pin-already-paired': (p) => `${p.text('menteeId')} on juba käimasolevas paaris; kinnitust mentoriga ${p.text('mentorId')} ei arvestata.`,
  'invalid-pair-ref': (p) => `${LISTS[p.text('list')] ?? p.text('list')}: kirje ilma mentii ja mentori tunnuseta jäeti vahele.`,
  'duplicate-mentee': (p) => `Tõenäoliselt registreerus üks inimene mitu korda (sama e-posti aadress): ${someIds(p.list('menteeIds'), more)}.`,
  'solver-failed': () => 'Täpne lahendaja ei saanud töötada; paarid valiti lihtsama meetodiga.',
};

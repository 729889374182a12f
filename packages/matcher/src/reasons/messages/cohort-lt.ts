import type { CohortReasonCode } from '../cohort-reason-codes.js';
import type { ReasonMessage } from '../reason-messages.js';
import { someIds } from './message-helpers.js';

const LISTS: Record<string, string> = { pins: 'Prisegtos poros', exclusions: 'Atmestos poros', existingPairs: 'Vykstančios poros' };
const more = (n: number) => `ir dar ${n}`;

export const cohortLt: Record<CohortReasonCode, ReasonMessage> = {
  'no-mentors': () => 'Šiame skaičiavime nėra mentorių.',
  'mentee-ineligible': () => 'Ugdytinis neatitinka programos sąlygų.',
  'no-shared-language-any': (p, t) => `Nė vienas mentorius nekalba ugdytinio kalbomis (${t.labels('language', p.list('languages'))}).`,
  'all-excluded': () => 'Visi mentoriai šiam ugdytiniui atmesti.',
  'lost-to-others': (p) => `Tinkami mentoriai su laisvomis vietomis (${p.list('mentorIds').length}) buvo reikalingi kitiems ugdytiniams (${someIds(p.list('mentorIds'), more)}).`,
  'all-suitable-full': (p) => `Visi tinkami mentoriai užimti (${someIds(p.list('mentorIds'), more)}).`,
  'no-eligible-mentor': (p, t) => `Nė vienas iš ${t.number(p.number('count'))} mentorių neatitinka sąlygų.`,
  'blocked-by': (p, t) => `${t.number(p.number('count'))} × ${t.reason(p.text('reason'), p.nested('reason.'))}`,
  'excluded-by-coordinator': () => 'Koordinatorius atmetė šią porą.',
  'pin-over-capacity': (p, t) => `Prisegta viršijant vietų skaičių: prisegta ${t.number(p.number('pinned'))}, laisva ${t.number(p.number('free'))}.`,
  'outside-programme': (p) =>
    `Kitų programų ${p.text('kind') === 'mentor' ? 'mentoriai' : 'ugdytiniai'} neįtraukti į ${p.text('programme')}: ${someIds(p.list('ids'), more)}.`,
  'not-in-cohort': (p) =>
    `${LISTS[p.text('list')] ?? p.text('list')}: ${p.text('menteeId')} – ${p.text('mentorId')}: šio ${p.text('side') === 'mentor' ? 'mentoriaus' : 'ugdytinio'} nėra šiame skaičiavime.`,
  'duplicate-pin': (p) => `${p.text('menteeId')} prisegtas du kartus; paliekamas ${p.text('keptMentorId')}, ${p.text('mentorId')} nepaisomas.`,
  'pin-already-paired': (p) => `${p.text('menteeId')} jau turi vykstančią porą; prisegimas prie ${p.text('mentorId')} nepaisomas.`,
  'invalid-pair-ref': (p) => `${LISTS[p.text('list')] ?? p.text('list')}: įrašas be ugdytinio ir mentoriaus identifikatorių praleistas.`,
  'duplicate-mentee': (p) => `Tikriausiai tas pats asmuo užsiregistravo kelis kartus (tas pats el. pašto adresas): ${someIds(p.list('menteeIds'), more)}.`,
  'solver-failed': () => 'Tikslus sprendiklis neveikė; poros parinktos paprastesniu būdu.',
};

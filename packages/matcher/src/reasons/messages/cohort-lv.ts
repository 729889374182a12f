import type { CohortReasonCode } from '../cohort-reason-codes.js';
import type { ReasonMessage } from '../reason-messages.js';
import { someIds } from './message-helpers.js';

const LISTS: Record<string, string> = { pins: 'Piespraustie pāri', exclusions: 'Izslēgtie pāri', existingPairs: 'Notiekošie pāri' };
const more = (n: number) => `un vēl ${n}`;

export const cohortLv: Record<CohortReasonCode, ReasonMessage> = {
  'no-mentors': () => 'Šajā aprēķinā nav neviena mentora.',
  'mentee-ineligible': () => 'Mentorējamais neatbilst programmas nosacījumiem.',
  'no-shared-language-any': (p, t) => `Neviens mentors nerunā mentorējamā valodās (${t.labels('language', p.list('languages'))}).`,
  'all-excluded': () => 'Visi mentori šim mentorējamajam ir izslēgti.',
  'lost-to-others': (p) => `Piemērotie mentori ar brīvām vietām (${p.list('mentorIds').length}) bija vajadzīgi citiem mentorējamajiem (${someIds(p.list('mentorIds'), more)}).`,
  'all-suitable-full': (p) => `Visi piemērotie mentori ir aizņemti (${someIds(p.list('mentorIds'), more)}).`,
  'no-eligible-mentor': (p, t) => `Neviens no ${t.number(p.number('count'))} mentoriem neatbilst nosacījumiem.`,
  'blocked-by': (p, t) => `${t.number(p.number('count'))} × ${t.reason(p.text('reason'), p.nested('reason.'))}`,
  'excluded-by-coordinator': () => 'Koordinators izslēdza šo pāri.',
  'pin-over-capacity': (p, t) => `Piesprausts virs vietu skaita: piesprausti ${t.number(p.number('pinned'))}, brīvas ${t.number(p.number('free'))}.`,
  'outside-programme': (p) =>
    `Citu programmu ${p.text('kind') === 'mentor' ? 'mentori' : 'mentorējamie'} netika iekļauti programmā ${p.text('programme')}: ${someIds(p.list('ids'), more)}.`,
  'not-in-cohort': (p) =>
    `${LISTS[p.text('list')] ?? p.text('list')}: ${p.text('menteeId')} – ${p.text('mentorId')}: šis ${p.text('side') === 'mentor' ? 'mentors' : 'mentorējamais'} nav šajā aprēķinā.`,
  'duplicate-pin': (p) => `${p.text('menteeId')} piesprausts divreiz; paliek ${p.text('keptMentorId')}, ${p.text('mentorId')} netiek ņemts vērā.`,
  'pin-already-paired': (p) => `${p.text('menteeId')} jau ir notiekošā pārī; piespraudums pie ${p.text('mentorId')} netiek ņemts vērā.`,
  'invalid-pair-ref': (p) => `${LISTS[p.text('list')] ?? p.text('list')}: ieraksts bez mentorējamā un mentora identifikatora ir izlaists.`,
  'duplicate-mentee': (p) => `Iespējams, viena persona reģistrējusies vairākkārt (tā pati e-pasta adrese): ${someIds(p.list('menteeIds'), more)}.`,
  'solver-failed': () => 'Precīzais risinātājs nedarbojās; pāri izvēlēti ar vienkāršāku metodi.',
};

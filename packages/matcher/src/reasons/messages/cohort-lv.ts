import type { CohortReasonCode } from '../cohort-reason-codes.js';
import type { ReasonMessage } from '../reason-messages.js';
import { blockedBy, cohortTools, innerList, innerNumber, mentorsWho, type MentorsBlocked } from './message-helpers.js';

const LISTS: Record<string, string> = { pins: 'Piespraustie pāri', exclusions: 'Izslēgtie pāri', existingPairs: 'Notiekošie pāri' };
const more = (n: number) => `vēl ${n}`;
const MENTOR_FORMS = { zero: '# mentoru', one: '# mentors', other: '# mentori' };

/** How many mentors a blocking reason ruled out, said of the mentors. */
const MENTORS: Record<string, MentorsBlocked> = {
  'mentor-not-active': mentorsWho('Neaktīvi mentori', MENTOR_FORMS),
  'different-programme': mentorsWho('Citas programmas mentori', MENTOR_FORMS),
  'excluded-by-mentee': mentorsWho('Mentori, ar kuriem mentorējamais nevēlas pāri', MENTOR_FORMS),
  'conflict-of-interest': mentorsWho('Mentori ar interešu konfliktu', MENTOR_FORMS),
  'no-shared-language': mentorsWho('Mentori bez kopīgas valodas pietiekamā līmenī', MENTOR_FORMS),
  'different-country': mentorsWho((inner, t) => `Mentori citā valstī (${t.labels('country', innerList(inner, 'country'))})`, MENTOR_FORMS),
  'no-in-person': mentorsWho('Mentori, kas nevar tikties klātienē', MENTOR_FORMS),
  'no-meeting-mode': mentorsWho('Mentori bez kopīga tikšanās veida', MENTOR_FORMS),
  'availability-no-overlap': mentorsWho('Mentori, kas nav pieejami pieprasītajā laikā', MENTOR_FORMS),
  'mentor-full': mentorsWho('Mentori bez brīvām vietām', MENTOR_FORMS),
  'not-accepting-requests': mentorsWho('Mentori, kas nepieņem jaunus pieprasījumus', MENTOR_FORMS),
  'rule-min-years': mentorsWho((inner, t) => `Mentori, kuru pieredze ir mazāka par ${t.number(innerNumber(inner, 'required'))} gadiem`, MENTOR_FORMS),
  'rule-certificate': mentorsWho('Mentori bez derīga profesionālā sertifikāta', MENTOR_FORMS),
  'rule-training': mentorsWho('Mentori bez mentoru apmācības', MENTOR_FORMS),
  'rule-membership': mentorsWho('Mentori ar nesamaksātu biedra naudu', MENTOR_FORMS),
  'rule-min-projects': mentorsWho((inner, t) => `Mentori, kuriem ir mazāk eTwinning projektu nekā ${t.number(innerNumber(inner, 'required'))}`, MENTOR_FORMS),
  'rule-min-quality-labels': mentorsWho((inner, t) => `Mentori, kuriem ir mazāk nacionālo kvalitātes zīmju nekā ${t.number(innerNumber(inner, 'required'))}`, MENTOR_FORMS),
  'excluded-by-coordinator': mentorsWho((_inner, t) => (t.coordinator ? 'Jūsu izslēgtie mentori' : 'Koordinatora izslēgtie mentori'), MENTOR_FORMS),
};

export const cohortLv: Record<CohortReasonCode, ReasonMessage> = {
  'no-mentors': () => 'Šajā aprēķinā nav neviena mentora.',
  'mentee-ineligible': () => 'Mentorējamais neatbilst programmas nosacījumiem.',
  'no-shared-language-any': (p, t) => `Neviens mentors nerunā mentorējamā valodās (${t.labels('language', p.list('languages'))}).`,
  'all-excluded': () => 'Visi mentori šim mentorējamajam ir izslēgti.',
  'lost-to-others': (p, t) => `Piemērotie mentori ar brīvām vietām (${p.list('mentorIds').length}) bija vajadzīgi citiem mentorējamajiem (${cohortTools(t).people('mentor', p.list('mentorIds'), more)}).`,
  'all-suitable-full': (p, t) => `Visi piemērotie mentori ir aizņemti (${cohortTools(t).people('mentor', p.list('mentorIds'), more)}).`,
  'no-eligible-mentor': (p, t) => `Neviens no ${t.number(p.number('count'))} mentoriem neatbilst nosacījumiem.`,
  'blocked-by': (p, t) => blockedBy(p, t, MENTORS, MENTOR_FORMS),
  'excluded-by-coordinator': (_p, t) => (cohortTools(t).coordinator ? 'Jūs izslēdzāt šo pāri.' : 'Koordinators izslēdza šo pāri.'),
  'pin-over-capacity': (p, t) => `Piesprausts virs vietu skaita: piesprausti ${t.number(p.number('pinned'))}, brīvas ${t.number(p.number('free'))}.`,
  'outside-programme': (p, t) =>
    `Citu programmu ${p.text('kind') === 'mentor' ? 'mentori' : 'mentorējamie'} netika iekļauti programmā ${p.text('programme')}: ${cohortTools(t).people(p.text('kind') === 'mentor' ? 'mentor' : 'mentee', p.list('ids'), more)}.`,
  'capacity-above-programme': (p, t) =>
    `Mentori, kas piedāvā vairāk vietu, nekā atļauj programma ${p.text('programme')} (lielākais mentorējamo skaits vienam mentoram: ${t.number(p.number('limit'))}), saņem tikai atļauto skaitu: ${cohortTools(t).people('mentor', p.list('ids'), more)}.`,
  'not-in-cohort': (p, t) =>
    `${LISTS[p.text('list')] ?? p.text('list')}: ${cohortTools(t).people('mentee', [p.text('menteeId')], more)} – ${cohortTools(t).people('mentor', [p.text('mentorId')], more)}: šis ${p.text('side') === 'mentor' ? 'mentors' : 'mentorējamais'} nav šajā aprēķinā.`,
  'duplicate-pin': (p, t) => `${cohortTools(t).people('mentee', [p.text('menteeId')], more)} piesprausts divreiz; paliek ${cohortTools(t).people('mentor', [p.text('keptMentorId')], more)}, ${cohortTools(t).people('mentor', [p.text('mentorId')], more)} netiek ņemts vērā.`,
  'pin-already-paired': (p, t) => `${cohortTools(t).people('mentee', [p.text('menteeId')], more)} jau ir notiekošā pārī; piespraudums pie ${cohortTools(t).people('mentor', [p.text('mentorId')], more)} netiek ņemts vērā.`,
  'invalid-pair-ref': (p) => `${LISTS[p.text('list')] ?? p.text('list')}: ieraksts bez mentorējamā un mentora identifikatora ir izlaists.`,
  'duplicate-mentee': (p, t) => {
    const c = cohortTools(t);
    const kept = p.has('keptMenteeId') ? ` Pāriem paliek: ${c.people('mentee', [p.text('keptMenteeId')], more, true)}.` : '';
    return `Iespējams, viena persona reģistrējusies vairākkārt (tā pati e-pasta adrese): ${c.people('mentee', p.list('menteeIds'), more, true)}.${kept}`;
  },
  'duplicate-mentor': (p, t) => {
    const c = cohortTools(t);
    return `Iespējams, viens mentors reģistrējies vairākkārt (tā pati e-pasta adrese): ${c.people('mentor', p.list('mentorIds'), more, true)}. Katrs ieraksts piedāvā savas vietas, tāpēc šī persona var saņemt vairāk mentorējamo, nekā piedāvāja: izdzēsiet vienu ierakstu vai samaziniet tā vietu skaitu.`;
  },
  'unknown-topic': (p, t) =>
    `Tēmas, kuru nav programmas ${p.text('programme')} sarakstā: mērķi nekad netiek uztverti kā tās, tāpēc tās atbilst tikai tam pašam cita cilvēka vārdam: ${p.list('topics').join(', ')} (${p.text('kind') === 'mentor' ? 'mentori' : 'mentorējamie'}: ${cohortTools(t).people(p.text('kind') === 'mentor' ? 'mentor' : 'mentee', p.list('ids'), more)}). Pārbaudiet rakstību veidlapā vai kolonnu sasaistē.`,
  'solver-failed': () => 'Precīzais risinātājs nedarbojās; pāri izvēlēti ar vienkāršāku metodi.',
};

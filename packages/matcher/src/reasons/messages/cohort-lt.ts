import type { CohortReasonCode } from '../cohort-reason-codes.js';
import type { ReasonMessage } from '../reason-messages.js';
import { blockedBy, cohortTools, innerList, innerNumber, mentorsWho, type MentorsBlocked } from './message-helpers.js';

const LISTS: Record<string, string> = { pins: 'Prisegtos poros', exclusions: 'Atmestos poros', existingPairs: 'Vykstančios poros' };
const more = (n: number) => `dar ${n}`;
const MENTOR_FORMS = { one: '# mentorius', few: '# mentoriai', many: '# mentoriaus', other: '# mentorių' };

/** How many mentors a blocking reason ruled out, said of the mentors. */
const MENTORS: Record<string, MentorsBlocked> = {
  'mentor-not-active': mentorsWho('Neaktyvūs mentoriai', MENTOR_FORMS),
  'different-programme': mentorsWho('Kitos programos mentoriai', MENTOR_FORMS),
  'excluded-by-mentee': mentorsWho('Mentoriai, su kuriais ugdytinis nenori poros', MENTOR_FORMS),
  'conflict-of-interest': mentorsWho('Mentoriai, turintys interesų konfliktą', MENTOR_FORMS),
  'no-shared-language': mentorsWho('Mentoriai be bendros kalbos tinkamu lygiu', MENTOR_FORMS),
  'different-country': mentorsWho((inner, t) => `Mentoriai kitoje šalyje (${t.labels('country', innerList(inner, 'country'))})`, MENTOR_FORMS),
  'no-in-person': mentorsWho('Mentoriai, negalintys susitikti gyvai', MENTOR_FORMS),
  'no-meeting-mode': mentorsWho('Mentoriai be bendro susitikimo būdo', MENTOR_FORMS),
  'availability-no-overlap': mentorsWho('Mentoriai, neprieinami prašomu laikotarpiu', MENTOR_FORMS),
  'mentor-full': mentorsWho('Mentoriai be laisvų vietų', MENTOR_FORMS),
  'not-accepting-requests': mentorsWho('Mentoriai, nepriimantys naujų prašymų', MENTOR_FORMS),
  'rule-min-years': mentorsWho((inner, t) => `Mentoriai, kurių patirtis trumpesnė nei ${t.number(innerNumber(inner, 'required'))} m.`, MENTOR_FORMS),
  'rule-certificate': mentorsWho('Mentoriai be galiojančio profesinio sertifikato', MENTOR_FORMS),
  'rule-training': mentorsWho('Mentoriai, nebaigę mentorių mokymų', MENTOR_FORMS),
  'rule-membership': mentorsWho('Mentoriai, nesumokėję nario mokesčio', MENTOR_FORMS),
  'rule-min-projects': mentorsWho((inner, t) => `Mentoriai, turintys mažiau eTwinning projektų nei ${t.number(innerNumber(inner, 'required'))}`, MENTOR_FORMS),
  'rule-min-quality-labels': mentorsWho((inner, t) => `Mentoriai, turintys mažiau nacionalinių kokybės ženklelių nei ${t.number(innerNumber(inner, 'required'))}`, MENTOR_FORMS),
  'excluded-by-coordinator': mentorsWho((_inner, t) => (t.coordinator ? 'Jūsų atmesti mentoriai' : 'Koordinatoriaus atmesti mentoriai'), MENTOR_FORMS),
};

export const cohortLt: Record<CohortReasonCode, ReasonMessage> = {
  'no-mentors': () => 'Šiame skaičiavime nėra mentorių.',
  'mentee-ineligible': () => 'Ugdytinis neatitinka programos sąlygų.',
  'no-shared-language-any': (p, t) => `Nė vienas mentorius nekalba ugdytinio kalbomis (${t.labels('language', p.list('languages'))}).`,
  'all-excluded': () => 'Visi mentoriai šiam ugdytiniui atmesti.',
  'lost-to-others': (p, t) => `Tinkami mentoriai su laisvomis vietomis (${p.list('mentorIds').length}) buvo reikalingi kitiems ugdytiniams (${cohortTools(t).people('mentor', p.list('mentorIds'), more)}).`,
  'all-suitable-full': (p, t) => `Visi tinkami mentoriai užimti (${cohortTools(t).people('mentor', p.list('mentorIds'), more)}).`,
  'no-eligible-mentor': (p, t) => `Nė vienas iš ${t.number(p.number('count'))} mentorių neatitinka sąlygų.`,
  'blocked-by': (p, t) => blockedBy(p, t, MENTORS, MENTOR_FORMS),
  'excluded-by-coordinator': (_p, t) => (cohortTools(t).coordinator ? 'Jūs atmetėte šią porą.' : 'Koordinatorius atmetė šią porą.'),
  'pin-over-capacity': (p, t) => `Prisegta viršijant vietų skaičių: prisegta ${t.number(p.number('pinned'))}, laisva ${t.number(p.number('free'))}.`,
  'outside-programme': (p, t) =>
    `Kitų programų ${p.text('kind') === 'mentor' ? 'mentoriai' : 'ugdytiniai'} neįtraukti į ${p.text('programme')}: ${cohortTools(t).people(p.text('kind') === 'mentor' ? 'mentor' : 'mentee', p.list('ids'), more)}.`,
  'capacity-above-programme': (p, t) =>
    `Mentoriai, siūlantys daugiau vietų, nei leidžia programa ${p.text('programme')} (didžiausias ugdytinių skaičius vienam mentoriui: ${t.number(p.number('limit'))}), gauna tik leidžiamą skaičių: ${cohortTools(t).people('mentor', p.list('ids'), more)}.`,
  'not-in-cohort': (p, t) =>
    `${LISTS[p.text('list')] ?? p.text('list')}: ${cohortTools(t).people('mentee', [p.text('menteeId')], more)} – ${cohortTools(t).people('mentor', [p.text('mentorId')], more)}: šio ${p.text('side') === 'mentor' ? 'mentoriaus' : 'ugdytinio'} nėra šiame skaičiavime.`,
  'duplicate-pin': (p, t) => `${cohortTools(t).people('mentee', [p.text('menteeId')], more)} prisegtas du kartus; paliekamas ${cohortTools(t).people('mentor', [p.text('keptMentorId')], more)}, ${cohortTools(t).people('mentor', [p.text('mentorId')], more)} nepaisomas.`,
  'pin-already-paired': (p, t) => `${cohortTools(t).people('mentee', [p.text('menteeId')], more)} jau turi vykstančią porą; prisegimas prie ${cohortTools(t).people('mentor', [p.text('mentorId')], more)} nepaisomas.`,
  'invalid-pair-ref': (p) => `${LISTS[p.text('list')] ?? p.text('list')}: įrašas be ugdytinio ir mentoriaus identifikatorių praleistas.`,
  'duplicate-mentee': (p, t) => {
    const c = cohortTools(t);
    const kept = p.has('keptMenteeId') ? ` Poroms paliekamas: ${c.people('mentee', [p.text('keptMenteeId')], more, true)}.` : '';
    return `Tikriausiai tas pats asmuo užsiregistravo kelis kartus (tas pats el. pašto adresas): ${c.people('mentee', p.list('menteeIds'), more, true)}.${kept}`;
  },
  'duplicate-mentor': (p, t) => {
    const c = cohortTools(t);
    return `Tikriausiai tas pats mentorius užsiregistravo kelis kartus (tas pats el. pašto adresas): ${c.people('mentor', p.list('mentorIds'), more, true)}. Kiekvienas įrašas siūlo savo vietas, todėl šis asmuo gali gauti daugiau ugdytinių, nei siūlė: pašalinkite vieną įrašą arba sumažinkite jo vietų skaičių.`;
  },
  'unknown-topic': (p, t) =>
    `Temos, kurių nėra programos ${p.text('programme')} sąraše: tikslai niekada jomis nelaikomi, todėl jos atitinka tik tą patį kito asmens žodį: ${p.list('topics').join(', ')} (${p.text('kind') === 'mentor' ? 'mentoriai' : 'ugdytiniai'}: ${cohortTools(t).people(p.text('kind') === 'mentor' ? 'mentor' : 'mentee', p.list('ids'), more)}). Patikrinkite rašybą formoje arba stulpelių susiejime.`,
  'solver-failed': () => 'Tikslus sprendiklis neveikė; poros parinktos paprastesniu būdu.',
};

import type { CohortReasonCode } from '../cohort-reason-codes.js';
import type { ReasonMessage } from '../reason-messages.js';
import { blockedBy, cohortTools, innerList, innerNumber, mentorsWho, type MentorsBlocked } from './message-helpers.js';

const LISTS: Record<string, string> = { pins: 'Kinnitused', exclusions: 'Välistused', existingPairs: 'Käimasolevad paarid' };
const more = (n: number) => `veel ${n}`;
const MENTOR_FORMS = { one: '# mentor', other: '# mentorit' };

/** How many mentors a blocking reason ruled out, said of the mentors. */
const MENTORS: Record<string, MentorsBlocked> = {
  'mentor-not-active': mentorsWho('Mitteaktiivsed mentorid', MENTOR_FORMS),
  'different-programme': mentorsWho('Teise programmi mentorid', MENTOR_FORMS),
  'excluded-by-mentee': mentorsWho('Mentorid, kellega mentii ei soovi paari', MENTOR_FORMS),
  'conflict-of-interest': mentorsWho('Huvide konfliktiga mentorid', MENTOR_FORMS),
  'no-shared-language': mentorsWho('Mentorid, kellega pole ühist keelt piisaval tasemel', MENTOR_FORMS),
  'different-country': mentorsWho((inner, t) => `Mentorid teises riigis (${t.labels('country', innerList(inner, 'country'))})`, MENTOR_FORMS),
  'no-in-person': mentorsWho('Mentorid, kes ei saa kohtuda silmast silma', MENTOR_FORMS),
  'no-meeting-mode': mentorsWho('Mentorid, kellega pole ühist kohtumisviisi', MENTOR_FORMS),
  'availability-no-overlap': mentorsWho('Mentorid, kes pole soovitud ajal saadaval', MENTOR_FORMS),
  'mentor-full': mentorsWho('Mentorid, kellel pole vaba kohta', MENTOR_FORMS),
  'not-accepting-requests': mentorsWho('Mentorid, kes ei võta uusi taotlusi vastu', MENTOR_FORMS),
  'rule-min-years': mentorsWho((inner, t) => `Mentorid, kellel on alla ${t.number(innerNumber(inner, 'required'))} aasta kogemust`, MENTOR_FORMS),
  'rule-certificate': mentorsWho('Kehtiva kutsetunnistuseta mentorid', MENTOR_FORMS),
  'rule-training': mentorsWho('Mentorikoolituseta mentorid', MENTOR_FORMS),
  'rule-membership': mentorsWho('Liikmemaksu maksmata mentorid', MENTOR_FORMS),
  'rule-min-projects': mentorsWho((inner, t) => `Mentorid, kellel on alla ${t.number(innerNumber(inner, 'required'))} eTwinningu projekti`, MENTOR_FORMS),
  'rule-min-quality-labels': mentorsWho((inner, t) => `Mentorid, kellel on alla ${t.number(innerNumber(inner, 'required'))} riikliku kvaliteedimärgi`, MENTOR_FORMS),
  'excluded-by-coordinator': mentorsWho((_inner, t) => (t.coordinator ? 'Sinu välistatud mentorid' : 'Koordinaatori välistatud mentorid'), MENTOR_FORMS),
};

export const cohortEt: Record<CohortReasonCode, ReasonMessage> = {
  'no-mentors': () => 'Selles arvutuses ei ole ühtegi mentorit.',
  'mentee-ineligible': () => 'Mentii ei vasta programmi tingimustele.',
  'no-shared-language-any': (p, t) => `Ükski mentor ei räägi mentii keeli (${t.labels('language', p.list('languages'))}).`,
  'all-excluded': () => 'Kõik mentorid on selle mentii jaoks välistatud.',
  'lost-to-others': (p, t) => `Sobivad vabade kohtadega mentorid (${p.list('mentorIds').length}) läksid teistele mentiidele (${cohortTools(t).people('mentor', p.list('mentorIds'), more)}).`,
  'all-suitable-full': (p, t) => `Kõik sobivad mentorid on täis (${cohortTools(t).people('mentor', p.list('mentorIds'), more)}).`,
  'no-eligible-mentor': (p, t) => `Ükski ${t.number(p.number('count'))} mentorist ei vasta tingimustele.`,
  'blocked-by': (p, t) => blockedBy(p, t, MENTORS, MENTOR_FORMS),
  'excluded-by-coordinator': (_p, t) => (cohortTools(t).coordinator ? 'Sa välistasid selle paari.' : 'Koordinaator välistas selle paari.'),
  'pin-over-capacity': (p, t) => `Kinnitatud üle mahu: ${t.number(p.number('pinned'))} kinnitatud, ${t.count(p.number('free'), { one: '# vaba koht', other: '# vaba kohta' })}.`,
  'outside-programme': (p, t) =>
    `Teiste programmide ${p.text('kind') === 'mentor' ? 'mentorid' : 'mentiid'} jäeti programmist ${p.text('programme')} välja: ${cohortTools(t).people(p.text('kind') === 'mentor' ? 'mentor' : 'mentee', p.list('ids'), more)}.`,
  'capacity-above-programme': (p, t) =>
    `Mentorid, kes pakuvad rohkem kohti, kui programm ${p.text('programme')} lubab (suurim mentiide arv mentori kohta: ${t.number(p.number('limit'))}), saavad ainult nii palju mentiisid, kui programm lubab: ${cohortTools(t).people('mentor', p.list('ids'), more)}.`,
  'not-in-cohort': (p, t) =>
    `${LISTS[p.text('list')] ?? p.text('list')}: ${cohortTools(t).people('mentee', [p.text('menteeId')], more)} – ${cohortTools(t).people('mentor', [p.text('mentorId')], more)}: see ${p.text('side') === 'mentor' ? 'mentor' : 'mentii'} ei ole selles arvutuses.`,
  'duplicate-pin': (p, t) => `${cohortTools(t).people('mentee', [p.text('menteeId')], more)} on kinnitatud kaks korda; jääb ${cohortTools(t).people('mentor', [p.text('keptMentorId')], more)}, ${cohortTools(t).people('mentor', [p.text('mentorId')], more)} jäetakse kõrvale.`,
  'pin-already-paired': (p, t) => `${cohortTools(t).people('mentee', [p.text('menteeId')], more)} on juba käimasolevas paaris; kinnitust mentoriga ${cohortTools(t).people('mentor', [p.text('mentorId')], more)} ei arvestata.`,
  'invalid-pair-ref': (p) => `${LISTS[p.text('list')] ?? p.text('list')}: kirje ilma mentii ja mentori tunnuseta jäeti vahele.`,
  'duplicate-mentee': (p, t) => {
    const c = cohortTools(t);
    const kept = p.has('keptMenteeId') ? ` Paaridesse jääb: ${c.people('mentee', [p.text('keptMenteeId')], more, true)}.` : '';
    return `Tõenäoliselt registreerus üks inimene mitu korda (sama e-posti aadress): ${c.people('mentee', p.list('menteeIds'), more, true)}.${kept}`;
  },
  'duplicate-mentor': (p, t) => {
    const c = cohortTools(t);
    return `Tõenäoliselt registreerus üks mentor mitu korda (sama e-posti aadress): ${c.people('mentor', p.list('mentorIds'), more, true)}. Iga kirje pakub oma kohti, nii et see inimene võib saada rohkem mentiisid, kui ta pakkus: eemalda üks kirje või vähenda selle kohtade arvu.`;
  },
  'unknown-topic': (p, t) =>
    `Teemad, mida programmi ${p.text('programme')} loendis ei ole: eesmärke nendena ei loeta, nii et need sobivad ainult sama sõnaga kellegi teise juures: ${p.list('topics').join(', ')} (${p.text('kind') === 'mentor' ? 'mentorid' : 'mentiid'}: ${cohortTools(t).people(p.text('kind') === 'mentor' ? 'mentor' : 'mentee', p.list('ids'), more)}). Kontrolli kirjapilti vormis või veergude vastavuses.`,
  'solver-failed': () => 'Täpne lahendaja ei saanud töötada; paarid valiti lihtsama meetodiga.',
};

import type { CohortReasonCode } from '../cohort-reason-codes.js';
import type { ReasonMessage } from '../reason-messages.js';
import { blockedBy, cohortTools, innerList, innerNumber, mentorsWho, type MentorsBlocked } from './message-helpers.js';

const LISTS: Record<string, string> = { pins: 'Lukitukset', exclusions: 'Poissulkemiset', existingPairs: 'Käynnissä olevat parit' };
const more = (n: number) => `${n} muuta`;
const MENTOR_FORMS = { one: '# mentori', other: '# mentoria' };

/** How many mentors a blocking reason ruled out, said of the mentors. */
const MENTORS: Record<string, MentorsBlocked> = {
  'mentor-not-active': mentorsWho('Mentorit, jotka eivät ole aktiivisia', MENTOR_FORMS),
  'different-programme': mentorsWho('Toisen ohjelman mentorit', MENTOR_FORMS),
  'excluded-by-mentee': mentorsWho('Mentorit, joiden kanssa mentoroitava ei halua paria', MENTOR_FORMS),
  'conflict-of-interest': mentorsWho('Mentorit, joilla on eturistiriita', MENTOR_FORMS),
  'no-shared-language': mentorsWho('Mentorit, joilla ei ole yhteistä kieltä riittävällä tasolla', MENTOR_FORMS),
  'different-country': mentorsWho((inner, t) => `Mentorit toisessa maassa (${t.labels('country', innerList(inner, 'country'))})`, MENTOR_FORMS),
  'no-in-person': mentorsWho('Mentorit, jotka eivät voi tavata kasvokkain', MENTOR_FORMS),
  'no-meeting-mode': mentorsWho('Mentorit, joilla ei ole yhteistä tapaamistapaa', MENTOR_FORMS),
  'availability-no-overlap': mentorsWho('Mentorit, jotka eivät ole käytettävissä pyydettynä aikana', MENTOR_FORMS),
  'mentor-full': mentorsWho('Mentorit, joilla ei ole vapaata paikkaa', MENTOR_FORMS),
  'not-accepting-requests': mentorsWho('Mentorit, jotka eivät ota uusia pyyntöjä', MENTOR_FORMS),
  'rule-min-years': mentorsWho((inner, t) => `Mentorit, joilla on alle ${t.number(innerNumber(inner, 'required'))} vuoden kokemus`, MENTOR_FORMS),
  'rule-certificate': mentorsWho('Mentorit ilman voimassa olevaa ammattitodistusta', MENTOR_FORMS),
  'rule-training': mentorsWho('Mentorit ilman mentorikoulutusta', MENTOR_FORMS),
  'rule-membership': mentorsWho('Mentorit, joiden jäsenmaksu on maksamatta', MENTOR_FORMS),
  'rule-min-projects': mentorsWho((inner, t) => `Mentorit, joilla on alle ${t.number(innerNumber(inner, 'required'))} eTwinning-projektia`, MENTOR_FORMS),
  'rule-min-quality-labels': mentorsWho((inner, t) => `Mentorit, joilla on alle ${t.number(innerNumber(inner, 'required'))} kansallista laatumerkkiä`, MENTOR_FORMS),
  'excluded-by-coordinator': mentorsWho((_inner, t) => (t.coordinator ? 'Sinun poissulkemasi mentorit' : 'Koordinaattorin poissulkemat mentorit'), MENTOR_FORMS),
};

export const cohortFi: Record<CohortReasonCode, ReasonMessage> = {
  'no-mentors': () => 'Tässä ajossa ei ole mentoreita.',
  'mentee-ineligible': () => 'Mentoroitava ei täytä ohjelman ehtoja.',
  'no-shared-language-any': (p, t) => `Kukaan mentori ei puhu mentoroitavan kieliä (${t.labels('language', p.list('languages'))}).`,
  'all-excluded': () => 'Kaikki mentorit on suljettu pois tältä mentoroitavalta.',
  'lost-to-others': (p, t) => `Sopivat mentorit, joilla oli tilaa (${p.list('mentorIds').length}), tarvittiin muille mentoroitaville (${cohortTools(t).people('mentor', p.list('mentorIds'), more)}).`,
  'all-suitable-full': (p, t) => `Kaikki sopivat mentorit ovat täynnä (${cohortTools(t).people('mentor', p.list('mentorIds'), more)}).`,
  'no-eligible-mentor': (p, t) => `Yksikään ${t.number(p.number('count'))} mentorista ei täytä ehtoja.`,
  'blocked-by': (p, t) => blockedBy(p, t, MENTORS, MENTOR_FORMS),
  'excluded-by-coordinator': (_p, t) => (cohortTools(t).coordinator ? 'Suljit tämän parin pois.' : 'Koordinaattori sulki tämän parin pois.'),
  'pin-over-capacity': (p, t) => `Lukittu yli kapasiteetin: ${t.number(p.number('pinned'))} lukittu, ${t.number(p.number('free'))} vapaana.`,
  'outside-programme': (p, t) =>
    `Muiden ohjelmien ${p.text('kind') === 'mentor' ? 'mentorit' : 'mentoroitavat'} jätettiin pois ohjelmasta ${p.text('programme')}: ${cohortTools(t).people(p.text('kind') === 'mentor' ? 'mentor' : 'mentee', p.list('ids'), more)}.`,
  'capacity-above-programme': (p, t) =>
    `Mentorit, jotka tarjoavat enemmän paikkoja kuin ohjelma ${p.text('programme')} sallii (mentoroitavia enintään ${t.number(p.number('limit'))} mentoria kohden), saavat vain sallitun määrän: ${cohortTools(t).people('mentor', p.list('ids'), more)}.`,
  'not-in-cohort': (p, t) =>
    `${LISTS[p.text('list')] ?? p.text('list')}: ${cohortTools(t).people('mentee', [p.text('menteeId')], more)} – ${cohortTools(t).people('mentor', [p.text('mentorId')], more)}: tämä ${p.text('side') === 'mentor' ? 'mentori' : 'mentoroitava'} ei ole mukana tässä ajossa.`,
  'duplicate-pin': (p, t) => `${cohortTools(t).people('mentee', [p.text('menteeId')], more)} on lukittu kahdesti; ${cohortTools(t).people('mentor', [p.text('keptMentorId')], more)} säilytetään, ${cohortTools(t).people('mentor', [p.text('mentorId')], more)} ohitetaan.`,
  'pin-already-paired': (p, t) => `${cohortTools(t).people('mentee', [p.text('menteeId')], more)} on jo käynnissä olevassa parissa; lukitus mentoriin ${cohortTools(t).people('mentor', [p.text('mentorId')], more)} ohitetaan.`,
  'invalid-pair-ref': (p) => `${LISTS[p.text('list')] ?? p.text('list')}: rivi ilman mentoroitavan ja mentorin tunnusta ohitetaan.`,
  'duplicate-mentee': (p, t) => {
    const c = cohortTools(t);
    const kept = p.has('keptMenteeId') ? ` Pariin otetaan: ${c.people('mentee', [p.text('keptMenteeId')], more, true)}.` : '';
    return `Sama henkilö on luultavasti ilmoittautunut useammin kuin kerran (sama sähköpostiosoite): ${c.people('mentee', p.list('menteeIds'), more, true)}.${kept}`;
  },
  'duplicate-mentor': (p, t) => {
    const c = cohortTools(t);
    return `Sama mentori on luultavasti ilmoittautunut useammin kuin kerran (sama sähköpostiosoite): ${c.people('mentor', p.list('mentorIds'), more, true)}. Jokainen tietue tarjoaa omat paikkansa, joten hän voi saada enemmän mentoroitavia kuin tarjosi: poista yksi tietue tai vähennä sen paikkoja.`;
  },
  'unknown-topic': (p, t) =>
    `Aiheet, joita ohjelman ${p.text('programme')} luettelossa ei ole: tavoitteita ei tulkita niiksi, joten ne vastaavat vain toisen henkilön samaa sanaa: ${p.list('topics').join(', ')} (${p.text('kind') === 'mentor' ? 'mentorit' : 'mentoroitavat'}: ${cohortTools(t).people(p.text('kind') === 'mentor' ? 'mentor' : 'mentee', p.list('ids'), more)}). Tarkista kirjoitusasu lomakkeesta tai sarakkeiden vastaavuuksista.`,
  'solver-failed': () => 'Tarkka ratkaisija ei toiminut; parit valittiin yksinkertaisemmalla menetelmällä.',
};

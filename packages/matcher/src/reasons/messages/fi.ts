import type { ReasonTranslation } from '../reason-messages.js';
import { cohortFi } from './cohort-fi.js';
import { level, side } from './message-helpers.js';

export const fi: ReasonTranslation = {
  messages: {
    ...cohortFi,
    'mentor-not-active': () => 'Mentori ei ole tällä hetkellä aktiivinen.',
    'different-programme': () => 'Mentori kuuluu toiseen ohjelmaan.',
    'excluded-by-mentee': () => 'Mentoroitava pyysi, ettei häntä yhdistetä tähän mentoriin.',
    'conflict-of-interest': () => 'Mentori on ilmoittanut eturistiriidasta.',
    'no-shared-language': () => 'Yhteistä kieltä riittävällä tasolla ei ole.',
    'different-country': (p, t) => `Toivottiin vain oman maan mentoria; tämän mentorin maa: ${t.label('country', p.text('country'))}.`,
    'no-in-person': () => 'Toivottiin vain lähitapaamisia, eikä tämä mentori voi tavata paikan päällä.',
    'no-meeting-mode': () => 'Yhteistä tapaamistapaa ei ole.',
    'availability-no-overlap': () => 'Saatavuuden päivämäärät eivät osu päällekkäin.',
    'mentor-full': () => 'Vapaita paikkoja ei ole.',
    'not-accepting-requests': () => 'Ei ota vastaan uusia pyyntöjä.',
    'rule-min-years': (p, t) =>
      `Vaadittu kokemus: ${t.count(p.number('required'), { one: '# vuosi', other: '# vuotta' })}; on ${t.count(p.number('actual'), { one: '# vuosi', other: '# vuotta' })}.`,
    'rule-certificate': (p, t) =>
      `Voimassa olevaa ammattitodistusta ei ole ${t.date(p.text('date'))}${p.has('validUntil') ? ` (voimassa ${t.date(p.text('validUntil'))} asti)` : ''}.`,
    'rule-training': () => 'Mentorikoulutus on suorittamatta.',
    'rule-membership': (p, t) =>
      `Jäsenmaksua ei ole maksettu ${t.date(p.text('date'))} mennessä${p.has('paidUntil') ? ` (maksettu ${t.date(p.text('paidUntil'))} asti)` : ''}.`,
    'rule-min-projects': (p, t) =>
      `Vaaditaan ${t.count(p.number('required'), { one: '# eTwinning-projekti', other: '# eTwinning-projektia' })}; on ${t.number(p.number('actual'))}.`,
    'rule-min-quality-labels': (p, t) =>
      `Vaaditaan ${t.count(p.number('required'), { one: '# kansallinen laatumerkki', other: '# kansallista laatumerkkiä' })}; on ${t.number(p.number('actual'))}.`,
    'mentee-rule-goals': () => 'Mentoroitavan tavoitteita ei ole vielä asetettu.',
    'mentee-rule-fee': () => 'Mentoroitavan osallistumismaksu on maksamatta.',
    'mentee-rule-membership': (p, t) => `Mentoroitavan jäsenmaksua ei ole maksettu ${t.date(p.text('date'))} mennessä.`,
    'topic-match': (p, t) => `Voi auttaa: ${t.labels('topic', p.list('topics'))}.`,
    'no-topic-match': (p, t) => `Ei tarjoa: ${t.labels('topic', p.list('topics'))}.`,
    'subject-match': (p, t) => `Samat oppiaineet: ${t.labels('subject', p.list('subjects'))}.`,
    'school-level-match': (p, t) => `Samat kouluasteet: ${t.labels('schoolLevel', p.list('levels'))}.`,
    'shared-language': (p, t) => `Yhteinen kieli: ${t.label('language', p.text('language'))} (${level(p.text('level'), fi.native)}).`,
    'weak-language-level': (p, t) =>
      `Yhteinen kieli vain perustasolla: ${t.label('language', p.text('language'))} (${level(p.text('level'), fi.native)}).`,
    'same-country': (p, t) => `Sama maa: ${t.label('country', p.text('country'))}.`,
    'meeting-mode-match': (p, t) => `Voi tavata: ${t.labels('meetingMode', p.list('modes'))}.`,
    'availability-overlap': (p, t) => `Yhteistä aikaa ${t.count(p.number('hours'), { one: '# tunti', other: '# tuntia' })} viikossa.`,
    'no-weekly-overlap': () => 'Yhteistä viikoittaista aikaa ei ole.',
    'availability-partial': (p, t) => `Käytettävissä ${t.percent(p.number('percent'))} toivotusta ajanjaksosta.`,
    'free-places': (p, t) => (p.has('free') ? t.count(p.number('free'), { one: '# vapaa paikka.', other: '# vapaata paikkaa.' }) : 'Vapaita paikkoja on.'),
    'preferred-mentor': () => 'Mentoroitava nimesi tämän mentorin toiveekseen.',
    'rule-unchecked': (p) => `Ei voitu tarkistaa (${side(p.text('side'), fi.sides)}): ${fi.rules[p.text('rule')] ?? p.text('rule')}.`,
  },
  generic: (code) => `Muu syy (${code}).`,
  native: 'äidinkieli',
  rules: {
    minYearsOfExperience: 'työkokemus vuosina',
    certificateAnyOf: 'voimassa oleva ammattitodistus',
    mentorTrainingCompleted: 'mentorikoulutus',
    membershipPaidOn: 'jäsenmaksu',
    goalsSet: 'tavoitteet asetettu',
    participationFeePaid: 'osallistumismaksu',
    minEtwinningProjects: 'eTwinning-projektit',
    minNationalQualityLabels: 'kansalliset laatumerkit',
  },
  fit: { 'very-good': 'Erittäin hyvä sopivuus', good: 'Hyvä sopivuus', fair: 'Kohtalainen sopivuus', poor: 'Heikko sopivuus', unknown: 'Liian vähän tietoa sopivuuden arvioimiseen', ineligible: 'Ei mahdollinen pari' },
  sides: { mentor: 'mentori', mentee: 'mentoroitava' },
};

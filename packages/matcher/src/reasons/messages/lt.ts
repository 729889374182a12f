import type { ReasonTranslation } from '../reason-messages.js';
import { cohortLt } from './cohort-lt.js';
import { level, side } from './message-helpers.js';

export const lt: ReasonTranslation = {
  messages: {
    ...cohortLt,
    'mentor-not-active': () => 'Mentorius šiuo metu neaktyvus.',
    'different-programme': () => 'Mentorius priklauso kitai programai.',
    'excluded-by-mentee': () => 'Ugdytinis paprašė nejungti jo su šiuo mentoriumi.',
    'conflict-of-interest': () => 'Mentorius deklaravo interesų konfliktą.',
    'no-shared-language': () => 'Nėra bendros kalbos pakankamu lygiu.',
    'different-country': (p, t) => `Pageidaujamas tik savos šalies mentorius; šis mentorius yra šalyje: ${t.label('country', p.text('country'))}.`,
    'no-in-person': () => 'Pageidaujami tik gyvi susitikimai, o šis mentorius negali susitikti gyvai.',
    'no-meeting-mode': () => 'Nėra bendro susitikimo būdo.',
    'availability-no-overlap': () => 'Prieinamumo datos nesutampa.',
    'mentor-full': () => 'Laisvų vietų nėra.',
    'not-accepting-requests': () => 'Naujų užklausų nepriima.',
    'rule-min-years': (p, t) =>
      `Reikalinga patirtis: ${t.count(p.number('required'), YEARS)}; dabar: ${t.count(p.number('actual'), YEARS)}.`,
    'rule-certificate': (p, t) =>
      `Nėra galiojančio profesinio sertifikato ${t.date(p.text('date'))}${p.has('validUntil') ? ` (galiojo iki ${t.date(p.text('validUntil'))})` : ''}.`,
    'rule-training': () => 'Mentorių mokymai nebaigti.',
    'rule-membership': (p, t) =>
      `Nario mokestis nesumokėtas ${t.date(p.text('date'))}${p.has('paidUntil') ? ` (sumokėtas iki ${t.date(p.text('paidUntil'))})` : ''}.`,
    'rule-min-projects': (p, t) =>
      `Reikalaujama: ${t.count(p.number('required'), { one: '# eTwinning projektas', few: '# eTwinning projektai', many: '# eTwinning projekto', other: '# eTwinning projektų' })}; dabar: ${t.number(p.number('actual'))}.`,
    'rule-min-quality-labels': (p, t) =>
      `Reikalaujama: ${t.count(p.number('required'), {
        one: '# nacionalinis kokybės ženklelis',
        few: '# nacionaliniai kokybės ženkleliai',
        many: '# nacionalinio kokybės ženklelio',
        other: '# nacionalinių kokybės ženklelių',
      })}; dabar: ${t.number(p.number('actual'))}.`,
    'mentee-rule-goals': () => 'Ugdytinio tikslai dar nenustatyti.',
    'mentee-rule-fee': () => 'Ugdytinio dalyvavimo mokestis nesumokėtas.',
    'mentee-rule-membership': (p, t) => `Ugdytinio nario mokestis nesumokėtas ${t.date(p.text('date'))}.`,
    'topic-match': (p, t) => `Gali padėti: ${t.labels('topic', p.list('topics'))}.`,
    'no-topic-match': (p, t) => `Nesiūlo: ${t.labels('topic', p.list('topics'))}.`,
    'subject-match': (p, t) => `Tie patys dalykai: ${t.labels('subject', p.list('subjects'))}.`,
    'school-level-match': (p, t) => `Tie patys ugdymo lygmenys: ${t.labels('schoolLevel', p.list('levels'))}.`,
    'shared-language': (p, t) => `Bendra kalba: ${t.label('language', p.text('language'))} (${level(p.text('level'), lt.native)}).`,
    'weak-language-level': (p, t) =>
      `Bendra kalba tik pradiniu lygiu: ${t.label('language', p.text('language'))} (${level(p.text('level'), lt.native)}).`,
    'same-country': (p, t) => `Taip pat šalyje: ${t.label('country', p.text('country'))}.`,
    'meeting-mode-match': (p, t) => `Gali susitikti: ${t.labels('meetingMode', p.list('modes'))}.`,
    'availability-overlap': (p, t) =>
      `Bendro laiko per savaitę: ${t.count(p.number('hours'), { one: '# valanda', few: '# valandos', many: '# valandos', other: '# valandų' })}.`,
    'no-weekly-overlap': () => 'Nėra bendro savaitinio laiko.',
    'availability-partial': (p, t) => `Prieinamas ${t.percent(p.number('percent'))} pageidaujamo laikotarpio.`,
    'free-places': (p, t) => (p.has('free') ? `Laisvos vietos: ${t.count(p.number('free'), { one: '# vieta', few: '# vietos', many: '# vietos', other: '# vietų' })}.` : 'Yra laisvų vietų.'),
    'preferred-mentor': () => 'Ugdytinis nurodė šį mentorių kaip pageidaujamą.',
    'rule-unchecked': (p) => `Nepavyko patikrinti (${side(p.text('side'), lt.sides)}): ${lt.rules[p.text('rule')] ?? p.text('rule')}.`,
  },
  generic: (code) => `Kita priežastis (${code}).`,
  native: 'gimtoji',
  rules: {
    minYearsOfExperience: 'darbo patirtis metais',
    certificateAnyOf: 'galiojantis profesinis sertifikatas',
    mentorTrainingCompleted: 'mentorių mokymai',
    membershipPaidOn: 'nario mokestis',
    goalsSet: 'nustatyti tikslai',
    participationFeePaid: 'dalyvavimo mokestis',
    minEtwinningProjects: 'eTwinning projektai',
    minNationalQualityLabels: 'nacionaliniai kokybės ženkleliai',
  },
  fit: { 'very-good': 'Labai tinka', good: 'Tinka', fair: 'Iš dalies tinka', poor: 'Mažai tinka', unknown: 'Per mažai duomenų tinkamumui įvertinti', ineligible: 'Pora negalima' },
  sides: { mentor: 'mentorius', mentee: 'ugdytinis' },
};

const YEARS = { one: '# metai', few: '# metai', many: '# metų', other: '# metų' };

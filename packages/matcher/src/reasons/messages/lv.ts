import type { ReasonTranslation } from '../reason-messages.js';
import { cohortLv } from './cohort-lv.js';
import { level, side } from './message-helpers.js';

export const lv: ReasonTranslation = {
  messages: {
    ...cohortLv,
    'mentor-not-active': () => 'Mentors pašlaik nav aktīvs.',
    'different-programme': () => 'Mentors pieder citai programmai.',
    'excluded-by-mentee': () => 'Mentorējamais lūdza neveidot pāri ar šo mentoru.',
    'conflict-of-interest': () => 'Mentors ir norādījis interešu konfliktu.',
    'no-shared-language': () => 'Nav kopīgas valodas pietiekamā līmenī.',
    'different-country': (p, t) => `Vēlams tikai savas valsts mentors; šis mentors ir valstī: ${t.label('country', p.text('country'))}.`,
    'no-in-person': () => 'Vēlamas tikai klātienes tikšanās, bet šis mentors nevar tikties klātienē.',
    'no-meeting-mode': () => 'Nav kopīga tikšanās veida.',
    'availability-no-overlap': () => 'Pieejamības datumi nepārklājas.',
    'mentor-full': () => 'Brīvu vietu nav.',
    'not-accepting-requests': () => 'Jaunus pieprasījumus nepieņem.',
    'rule-min-years': (p, t) => `Nepieciešamā pieredze: ${t.count(p.number('required'), YEARS)}; pašlaik: ${t.count(p.number('actual'), YEARS)}.`,
    'rule-certificate': (p, t) =>
      `Nav derīga profesionālā sertifikāta ${t.date(p.text('date'))}${p.has('validUntil') ? ` (bija derīgs līdz ${t.date(p.text('validUntil'))})` : ''}.`,
    'rule-training': () => 'Mentoru apmācība nav pabeigta.',
    'rule-membership': (p, t) =>
      `Biedra nauda nav samaksāta ${t.date(p.text('date'))}${p.has('paidUntil') ? ` (samaksāta līdz ${t.date(p.text('paidUntil'))})` : ''}.`,
    'rule-min-projects': (p, t) =>
      `Nepieciešams: ${t.count(p.number('required'), { zero: '# eTwinning projektu', one: '# eTwinning projekts', other: '# eTwinning projekti' })}; pašlaik: ${t.number(p.number('actual'))}.`,
    'rule-min-quality-labels': (p, t) =>
      `Nepieciešams: ${t.count(p.number('required'), {
        zero: '# nacionālo kvalitātes zīmju',
        one: '# nacionālā kvalitātes zīme',
        other: '# nacionālās kvalitātes zīmes',
      })}; pašlaik: ${t.number(p.number('actual'))}.`,
    'mentee-rule-goals': () => 'Mentorējamā mērķi vēl nav noteikti.',
    'mentee-rule-fee': () => 'Mentorējamā dalības maksa nav samaksāta.',
    'mentee-rule-membership': (p, t) => `Mentorējamā biedra nauda nav samaksāta ${t.date(p.text('date'))}.`,
    'topic-match': (p, t) => `Var palīdzēt: ${t.labels('topic', p.list('topics'))}.`,
    'no-topic-match': (p, t) => `Nepiedāvā: ${t.labels('topic', p.list('topics'))}.`,
    'subject-match': (p, t) => `Tie paši mācību priekšmeti: ${t.labels('subject', p.list('subjects'))}.`,
    'school-level-match': (p, t) => `Tie paši izglītības līmeņi: ${t.labels('schoolLevel', p.list('levels'))}.`,
    'shared-language': (p, t) => `Kopīgā valoda: ${t.label('language', p.text('language'))} (${level(p.text('level'), lv.native)}).`,
    'weak-language-level': (p, t) =>
      `Kopīgā valoda tikai pamatlīmenī: ${t.label('language', p.text('language'))} (${level(p.text('level'), lv.native)}).`,
    'same-country': (p, t) => `Arī valstī: ${t.label('country', p.text('country'))}.`,
    'meeting-mode-match': (p, t) => `Var tikties: ${t.labels('meetingMode', p.list('modes'))}.`,
    'availability-overlap': (p, t) =>
      `Kopīgs laiks nedēļā: ${t.count(p.number('hours'), { zero: '# stundu', one: '# stunda', other: '# stundas' })}.`,
    'no-weekly-overlap': () => 'Nav kopīga iknedēļas laika.',
    'availability-partial': (p, t) => `Pieejams ${t.percent(p.number('percent'))} no vēlamā perioda.`,
    'free-places': (p, t) => (p.has('free') ? `Brīvas vietas: ${t.count(p.number('free'), { zero: '# vietu', one: '# vieta', other: '# vietas' })}.` : 'Ir brīvas vietas.'),
    'preferred-mentor': () => 'Mentorējamais norādīja šo mentoru kā vēlamo.',
    'rule-unchecked': (p) => `Nevarēja pārbaudīt (${side(p.text('side'), lv.sides)}): ${lv.rules[p.text('rule')] ?? p.text('rule')}.`,
  },
  generic: (code) => `Cits iemesls (${code}).`,
  native: 'dzimtā valoda',
  rules: {
    minYearsOfExperience: 'darba pieredze gados',
    certificateAnyOf: 'derīgs profesionālais sertifikāts',
    mentorTrainingCompleted: 'mentoru apmācība',
    membershipPaidOn: 'biedra nauda',
    goalsSet: 'mērķi noteikti',
    participationFeePaid: 'dalības maksa',
    minEtwinningProjects: 'eTwinning projekti',
    minNationalQualityLabels: 'nacionālās kvalitātes zīmes',
  },
  fit: { 'very-good': 'Ļoti piemērots', good: 'Piemērots', fair: 'Daļēji piemērots', poor: 'Maz piemērots', unknown: 'Par maz ziņu, lai vērtētu piemērotību', ineligible: 'Pāris nav iespējams' },
  sides: { mentor: 'mentors', mentee: 'mentorējamais' },
};

const YEARS = { zero: '# gadu', one: '# gads', other: '# gadi' };

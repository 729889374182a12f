import { plural } from '../utilities/plural.js';
import type { Translation } from './translation.js';

// The vocabularies' labels in this language load with its strings, not with the finder's entry.
export { LT_LABELS as labels } from '@mentor-finder/matcher';

const required = {
  name: 'Įveskite savo vardą.',
  email: 'Įveskite savo el. pašto adresą.',
  school: 'Įveskite savo mokyklą.',
  message: 'Parašykite žinutę.',
  consent: 'Sutikite su privatumo pranešimu.',
};

export const lt: Translation = {
  $code: 'lt',
  $name: 'Lietuvių',

  regionLabel: 'Mentorių paieška',
  viewsLabel: 'Būdai rasti mentorių',
  tabBrowse: 'Naršyti mentorius',
  tabMatch: 'Rasti man mentorių',

  searchLabel: 'Ieškoti mentorių',
  searchHint: 'Vardas, tema, dalykas arba žodžiai iš prisistatymo',
  filtersLabel: 'Filtrai',
  filtersToggle: (active) => (active > 0 ? `Filtrai (įjungta: ${active})` : 'Filtrai'),
  filterLanguage: 'Kalba',
  filterCountry: 'Šalis',
  filterSubject: 'Dalykas',
  filterSchoolLevel: 'Ugdymo pakopa',
  filterTopic: 'Tema',
  filterAny: 'Visi',
  filterAvailableOnly: 'Tik mentoriai su laisvomis vietomis',
  clearFilters: 'Išvalyti filtrus',
  resultsCount: (n) =>
    plural('lt', n, { one: 'Rastas # mentorius', few: 'Rasti # mentoriai', many: 'Rasta # mentoriaus', other: 'Rasta # mentorių' }),
  showMore: (shown, total) => `Rodyti daugiau (rodoma ${shown} iš ${total})`,

  loading: 'Įkeliami mentoriai…',
  errorLoad: 'Nepavyko įkelti mentorių sąrašo. Bandykite vėliau.',
  errorInvalid: 'Nepavyko perskaityti mentorių sąrašo. Praneškite svetainės administratoriui.',
  retryLoad: 'Bandyti dar kartą',
  emptyNoMentors: 'Mentorių kol kas nėra.',
  emptyNoResults: 'Jūsų paiešką atitinkančių mentorių nėra.',
  someWordsTitle: 'Mentoriai, atitinkantys dalį jūsų paieškos žodžių',
  someWordsFollow: 'Žemiau yra daugiau mentorių, atitinkančių dalį jūsų paieškos žodžių.',

  cardLanguages: 'Kalbos',
  cardMeeting: 'Susitikimai',
  cardSubjects: 'Dalykai',
  cardSchoolLevels: 'Ugdymo pakopos',
  cardTopics: 'Gali padėti',
  takingRequests: 'Priima prašymus',
  full: 'Vietų nėra',
  notAccepting: 'Prašymų nepriima',
  notTakingHere: 'Per šią svetainę prašymų nepriima',
  answersWithin: (n) =>
    plural('lt', n, { one: 'Paprastai atsako per # dieną', few: 'Paprastai atsako per # dienas', many: 'Paprastai atsako per # dienos', other: 'Paprastai atsako per # dienų' }),
  levelNative: 'gimtoji',
  contactMentor: (name) => `Susisiekti: ${name}`,
  chooseMentor: (name) => `Pasirinkti: ${name}`,

  matchIntro: 'Papasakokite apie save ir pasiūlysime jums tinkamiausius mentorius.',
  myLanguage: 'Kalba, kuria kalbu',
  myLevel: 'Mano lygis',
  mySecondLanguage: 'Kita kalba (neprivaloma)',
  mySecondLevel: 'Mano kitos kalbos lygis',
  mySchoolLevel: 'Dirbu',
  mySubject: 'Mano dalykas',
  myGoals: 'Kuo norėtumėte pagalbos?',
  myGoalsHint: 'Keli sakiniai bet kuria kalba, pavyzdžiui, „Noriu rasti partnerių ir teikti paraišką kokybės ženklelui“.',
  selectNone: '—',
  findMentors: 'Rasti mentorius',
  matchResultsCount: (n) =>
    n === 0
      ? 'Tinkamo mentoriaus dar nėra'
      : plural('lt', n, { one: 'Jums tinka # mentorius', few: 'Jums tinka # mentoriai', many: 'Jums tinka # mentoriaus', other: 'Jums tinka # mentorių' }),
  fitStrong: 'Labai tinka',
  fitGood: 'Tinka',
  fitPossible: 'Galimai tinka',
  fitLabel: 'Tinkamumas',
  whyThisMentor: 'Kodėl šis mentorius',
  unavailableHeading: (n) =>
    plural('lt', n, {
      one: '# mentorius jums dabar neprieinamas',
      few: '# mentoriai jums dabar neprieinami',
      many: '# mentoriaus jums dabar neprieinama',
      other: '# mentorių jums dabar neprieinami',
    }),
  whyNot: 'Kodėl ne',
  noMatches: 'Tinkamo mentoriaus dar nėra. Pabandykite kitą kalbą arba mažiau detalių.',

  contactTitle: (name) => `Susisiekti: ${name}`,
  contactIntro: 'Jūsų žinutė pateks organizatoriams, kurie ją perduos mentoriui. Mentoriaus el. pašto adresas lieka privatus.',
  yourName: 'Jūsų vardas',
  yourEmail: 'Jūsų el. pašto adresas',
  yourSchool: 'Jūsų mokykla',
  yourMessage: 'Žinutė',
  messageHint: (min, max) => `Nuo ${min} iki ${max} simbolių.`,
  optional: '(neprivaloma)',
  topicsLegend: 'Temos, kurias paminėti (iš jūsų tikslų)',
  consentBefore: 'Perskaičiau ',
  privacyNotice: 'privatumo pranešimą',
  newTab: ' (atsidaro naujame skirtuke)',
  consentAfter: ' ir sutinku, kad mano žinutė būtų perduota mentoriui.',
  honeypot: 'Palikite šį lauką tuščią',
  send: 'Siųsti',
  sending: 'Siunčiama…',
  cancel: 'Atšaukti',
  close: 'Uždaryti',
  sent: 'Ačiū! Jūsų žinutė išsiųsta. Mentorius atsakys jūsų el. pašto adresu.',
  errorsFound: (n) =>
    plural('lt', n, { one: 'Pataisykite # lauką.', few: 'Pataisykite # laukus.', many: 'Pataisykite # lauko.', other: 'Pataisykite # laukų.' }),
  fieldRequired: (field) => required[field],
  emailInvalid: 'Įveskite el. pašto adresą, pvz., vardas@example.org.',
  tooShort: (min) => `Parašykite bent ${min} simbolių.`,
  tooLong: (max) => `Naudokite ne daugiau kaip ${max} simbolių.`,
  consentRequired: 'Norėdami išsiųsti žinutę, sutikite su privatumo pranešimu.',
  noticeChanged: (version) => `Privatumo pranešimas pasikeitė po to, kai atidarėte šį puslapį (dabar versija ${version}). Perskaitykite jį ir vėl pažymėkite langelį.`,
  fieldInvalid: 'Patikrinkite šį lauką.',
  sendFailed: (failure) =>
    ({
      network: 'Žinutės išsiųsti nepavyko: nėra ryšio su serveriu. Jūsų tekstas išsaugotas, bandykite dar kartą.',
      timeout: 'Serveris laiku neatsakė. Jūsų tekstas išsaugotas, bandykite dar kartą.',
      rejected: 'Serveris žinutės nepriėmė. Jūsų tekstas išsaugotas, patikrinkite jį ir bandykite dar kartą.',
      server: 'Serveryje įvyko klaida, žinutė neišsiųsta. Jūsų tekstas išsaugotas, bandykite vėliau.',
    })[failure],
  retry: 'Bandyti dar kartą',
};

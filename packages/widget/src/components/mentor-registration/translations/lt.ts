import { plural } from '../../../utilities/plural.js';
import type { RegistrationTranslation } from './registration-translation.js';

const LEVELS = Object.freeze({ native: 'Gimtoji', A1: 'A1 pradedančiojo', A2: 'A2 pradinis', B1: 'B1 vidutinis', B2: 'B2 aukštesnysis vidutinis', C1: 'C1 aukštasis', C2: 'C2 puikus' });
const DAYS = Object.freeze({ mon: 'pirmadienis', tue: 'antradienis', wed: 'trečiadienis', thu: 'ketvirtadienis', fri: 'penktadienis', sat: 'šeštadienis', sun: 'sekmadienis' });
const STATUSES = Object.freeze({ 'not-registered': 'Dar neužsiregistravęs (-usi)', registered: 'Užsiregistravęs (-usi), projekto dar nėra', 'one-project': 'Vienas projektas', 'several-projects': 'Keli projektai' });
const SECTIONS = Object.freeze({ about: 'Apie jus', languages: 'Kalbos', expertise: 'Temos ir patirtis', eligibility: 'Programos reikalaujama patirtis', availability: 'Užimtumas', goals: 'Jūsų tikslai', consent: 'Sutikimas' });

/** Lithuanian strings of `<mentor-registration>`. */
export const lt: RegistrationTranslation = {
  $code: 'lt',
  $name: 'Lietuvių',

  title: (kind) => (kind === 'mentor' ? 'Registruotis mentoriumi' : 'Registruotis ugdomuoju'),
  intro: (kind, programme) => (kind === 'mentor' ? `Pasiūlykite pagalbą programoje „${programme}“. Privalomus laukus būtina užpildyti.` : `Susiraskite mentorių programoje „${programme}“. Privalomus laukus būtina užpildyti.`),
  loading: 'Įkeliama registracijos forma…',
  loadFailed: 'Registracijos formos įkelti nepavyko. Įkelkite puslapį iš naujo.',
  programmeNotFound: (id) => `Programa „${id}“ nerasta, todėl formos parodyti negalima.`,
  section: (name) => SECTIONS[name],
  required: '(privaloma)',
  optional: '(neprivaloma)',
  choose: 'Pasirinkite…',

  givenName: 'Vardas',
  familyName: 'Pavardė',
  email: 'El. pašto adresas',
  emailHint: 'Šiuo adresu atsiųsime patvirtinimo nuorodą. Adresas neskelbiamas.',
  emailHintReviewed: 'Programos koordinatoriai jums rašys šiuo adresu. Adresas neskelbiamas.',
  country: 'Šalis',
  region: 'Apskritis ar regionas',
  regionHint: 'Ne mokykla ir ne gatvės adresas.',
  timezone: 'Laiko juosta',
  role: 'Jūsų pareigos',
  yearsInProfession: 'Darbo profesijoje metai',

  languagesHint: 'Kalbos, kuriomis galite susitikti, ir jūsų lygis.',
  language: (index) => `Kalba ${index}`,
  level: (index) => `Kalbos ${index} lygis`,
  levelName: (level) => LEVELS[level],
  addLanguage: 'Pridėti kalbą',
  removeLanguage: (index) => `Pašalinti kalbą ${index}`,

  subjects: 'Dalykai',
  schoolLevels: 'Ugdymo pakopos',
  topics: (kind) => (kind === 'mentor' ? 'Temos, kuriomis galite padėti' : 'Temos, kuriomis norite pagalbos'),
  topicsHint: (kind) => (kind === 'mentor' ? 'Pasirinkite nuo 1 iki 15.' : 'Pažymėkite tinkamas; kita parašykite tiksluose žemiau.'),
  bio: 'Apie jus viešam profiliui',
  bioHint: 'Paprastas tekstas, ne daugiau kaip 2 000 simbolių. Rodomas tik jei sutinkate paskelbti profilį.',

  yearsOfExperience: (min) => `Patirties metai šiose pareigose (programa reikalauja bent ${min})`,
  certificate: 'Profesinis sertifikatas',
  certificateType: 'Sertifikatas',
  certificateValidUntil: 'Galioja iki',
  trainingCompleted: 'Baigiau mentorių mokymus',
  trainingCompletedOn: 'Mokymai baigti',
  etwinningProjects: (min) => `eTwinning projektai, kuriuose dalyvavote (bent ${min})`,
  nationalQualityLabels: (min) => `Gauti nacionaliniai kokybės ženkleliai (bent ${min})`,
  membershipPaidUntil: (organisation) => `Nario mokestis (${organisation}) sumokėtas iki`,
  etwinningStatus: 'Jūsų eTwinning patirtis',
  etwinningStatusName: (status) => STATUSES[status as keyof typeof STATUSES] ?? status,
  goalsSet: 'Užsirašiau savo mentorystės tikslus',
  participationFeePaid: 'Sumokėjau dalyvio mokestį',
  eligibilityHint: 'Koordinatoriai tai patikrins pagal programos taisykles.',

  maxMentees: 'Kiek ugdomųjų galite priimti',
  maxMenteesHint: (recommended, max) => `Programa rekomenduoja ${recommended}, daugiausia ${max}.`,
  availableFrom: 'Galiu nuo',
  availableTo: 'Galiu iki',
  weekly: 'Savaitės laikas',
  weeklyHint: 'Laikas, kuris jums paprastai tinka, jūsų laiko juostoje.',
  dayName: (day) => DAYS[day as keyof typeof DAYS] ?? day,
  day: (index) => `${index} laiko diena`,
  start: (index) => `${index} laiko pradžia`,
  end: (index) => `${index} laiko pabaiga`,
  addSlot: 'Pridėti laiką',
  removeSlot: (index) => `Pašalinti ${index} laiką`,
  meetingModes: 'Kaip galite susitikti',
  inPersonArea: 'Miestas susitikimams gyvai',
  sameCountryOnly: 'Tik mentorius iš mano šalies',

  goals: 'Kokios pagalbos norėtumėte?',
  goalsHint: 'Savais žodžiais, bet kuria kalba; ne daugiau kaip 4 000 simbolių.',
  textLanguage: 'Teksto kalba',

  consentText: (name) =>
    ({
      publishProfile: 'Paskelbti mano profilį viešame mentorių kataloge (vardas kaip „Vardas P.“, regionas, kalbos, temos; niekada ne mano el. pašto adresas).',
      contactRequests: 'Perduoti man svetainės lankytojų kontakto prašymus, nerodant mano adreso.',
      matching: 'Naudoti mano registraciją mentoriui man parinkti.',
      shareWithMentor: 'Pasidalyti mano tikslais ir kalbomis su mentoriumi, su kuriuo būsiu suporuotas (-a).',
    })[name],
  privacyBefore: () => 'Perskaičiau ',
  privacyNotice: 'privatumo pranešimą',
  newTab: ' (atsidaro naujame skirtuke)',
  privacyAfter: (kind) => (kind === 'mentor' ? ' ir sutinku, kad koordinatoriai tvarkytų mano registraciją.' : ' ir sutinku, kad koordinatoriai tvarkytų mano registraciją, kad surastų man mentorių.'),
  noticeVersion: (version) => `Privatumo pranešimo versija ${version}.`,
  noticeChanged: (version) => `Sutikote su privatumo pranešimo versija ${version}; nuo to laiko jis pasikeitė. Perskaitykite jį ir vėl pažymėkite langelį.`,

  submit: (kind) => (kind === 'mentor' ? 'Registruotis mentoriumi' : 'Registruotis ugdomuoju'),
  sending: 'Siunčiama…',
  retry: 'Bandyti dar kartą',
  draftSaved: 'Tai, ką įvedate, saugoma šioje naršyklėje iki išsiuntimo; sutikimai nesaugomi.',
  sentTitle: 'Beveik baigta',
  sent: (email) => `Patikrinkite el. paštą: išsiuntėme nuorodą adresu ${email}. Registracija įsigalios, kai ją atidarę patvirtinsite adresą. Jei laiško negavote per kelias minutes, patikrinkite šlamšto aplanką.`,
  receivedTitle: 'Registracija gauta',
  received: (email) => `Ačiū! Programos koordinatoriai jums parašys adresu ${email}.`,
  errorsFound: (count) => plural('lt', count, { one: 'Pataisykite # lauką.', few: 'Pataisykite # laukus.', many: 'Pataisykite # lauko.', other: 'Pataisykite # laukų.' }),
  sendFailed: (failure, status) =>
    ({
      network: 'Registracijos išsiųsti nepavyko: nėra ryšio su serveriu. Visa, ką įvedėte, išliko; bandykite dar kartą.',
      timeout: 'Serveris laiku neatsakė. Visa, ką įvedėte, išliko; bandykite dar kartą.',
      rejected: `Serveris registracijos nepriėmė${status ? ` (klaida ${status})` : ''}. Visa, ką įvedėte, išliko; patikrinkite ir bandykite dar kartą.`,
      server: `Serveryje įvyko klaida${status ? ` (klaida ${status})` : ''}. Visa, ką įvedėte, išliko; netrukus bandykite dar kartą.`,
      duplicate: 'Šiuo el. pašto adresu į šią programą jau užsiregistruota. Koordinatoriai su jumis susisieks.',
      'rate-limited': 'Per daug bandymų iš šio ryšio. Visa, ką įvedėte, išliko; bandykite po kelių minučių.',
    })[failure],

  fieldError: (code, params) => {
    const limit = Number(params.limit);
    switch (code) {
      case 'required':
      case 'blank':
      case 'invisible-only':
      case 'min-items':
        return code === 'min-items' && limit > 1 ? `Pasirinkite bent ${limit}.` : 'Šis laukas privalomas.';
      case 'email':
        return 'Įveskite el. pašto adresą, pvz., vardas@example.org.';
      case 'min-length':
        return limit > 1 ? `Ne mažiau kaip ${limit} simbolių.` : 'Šis laukas privalomas.';
      case 'max-length':
        return `Ne daugiau kaip ${limit} simbolių.`;
      case 'max-items':
        return `Pasirinkite ne daugiau kaip ${limit}.`;
      case 'minimum':
        return `Ne mažiau kaip ${limit}.`;
      case 'maximum':
        return `Ne daugiau kaip ${limit}.`;
      case 'type':
        return 'Įveskite sveikąjį skaičių.';
      case 'date':
        return 'Įveskite datą.';
      case 'date-order':
        return 'Pabaigos data negali būti ankstesnė už pradžios datą.';
      case 'slot-order':
        return 'Pabaigos laikas turi būti vėlesnis už pradžios laiką.';
      case 'bidi-control':
      case 'control-character':
      case 'lone-surrogate':
        return 'Čia yra paslėptų simbolių (galbūt nukopijuotų); įveskite tekstą iš naujo.';
      case 'duplicate-language':
        return 'Ši kalba nurodyta du kartus.';
      case 'time-zone':
        return 'Pasirinkite laiko juostą.';
      case 'not-offered':
        return 'Programa nesiūlo šio pasirinkimo.';
      case 'rule-min-years':
        return `Programa reikalauja bent ${params.required} m. patirties.`;
      case 'rule-min-projects':
        return `Programa reikalauja bent ${params.required} projektų.`;
      case 'rule-min-quality-labels':
        return `Programa reikalauja bent ${params.required} ženklelių.`;
      case 'rule-training':
        return 'Programa reikalauja baigti mentorių mokymus.';
      case 'rule-certificate':
        return `Programa reikalauja pažymėjimo, galiojančio ${params.date}.`;
      case 'rule-membership':
      case 'mentee-rule-membership':
        return `Programa reikalauja, kad narystės mokestis būtų sumokėtas ${params.date}.`;
      case 'mentee-rule-goals':
        return 'Programa reikalauja pirmiau nusistatyti tikslus.';
      case 'mentee-rule-fee':
        return 'Programa reikalauja pirmiau sumokėti dalyvio mokestį.';
      default:
        return 'Patikrinkite šią reikšmę.';
    }
  },
  consentRequired: 'Norėdami užsiregistruoti, pažymėkite šį langelį.',
  consentRequiredToSave: 'Norėdami išsaugoti profilį, pažymėkite šį langelį.',
  honeypot: 'Palikite šį lauką tuščią',
  rulesTitle: 'Ko programa iš jūsų reikalauja',
  rulesHint: 'Registracija, neatitinkanti šių reikalavimų, nepriimama.',
  rule: (rule) => {
    const on = rule.date ? ` ${rule.date}` : '';
    return {
      minYearsOfExperience: `Bent ${rule.value} m. patirtis šiose pareigose.`,
      certificateAnyOf: `Profesinis pažymėjimas (${rule.labels?.join(', ')}), galiojantis${on}.`,
      mentorTrainingCompleted: 'Baigti mentorių mokymai.',
      membershipPaidOn: `Narystės mokestis (${rule.organisation}) sumokėtas${on}.`,
      minEtwinningProjects: `Bent ${rule.value} eTwinning projektų.`,
      minNationalQualityLabels: `Bent ${rule.value} nacionalinių kokybės ženklelių.`,
      goalsSet: 'Užrašyti mentorystės tikslai.',
      participationFeePaid: 'Sumokėtas dalyvio mokestis.',
    }[rule.name];
  },
  updateTitle: 'Jūsų mentoriaus profilis',
  save: 'Išsaugoti mano profilį',
  saved: 'Jūsų profilis išsaugotas ir patvirtintas. Šia nuoroda galite jį toliau taisyti.',
  emailFixed: 'Adreso čia pakeisti negalima; dėl to rašykite koordinatoriams.',
  profileLoadFailed: 'Jūsų profilio nepavyko įkelti: nuoroda galėjo nebegalioti. Atidarykite ją iš laiško dar kartą; puslapyje galėsite paprašyti naujų nuorodų.',
};

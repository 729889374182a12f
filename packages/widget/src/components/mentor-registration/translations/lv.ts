import { plural } from '../../../utilities/plural.js';
import type { RegistrationTranslation } from './registration-translation.js';

const LEVELS = Object.freeze({ native: 'Dzimtā valoda', A1: 'A1 iesācējs', A2: 'A2 pamatlīmenis', B1: 'B1 vidējais', B2: 'B2 augstāks vidējais', C1: 'C1 augstais', C2: 'C2 teicams' });
const DAYS = Object.freeze({ mon: 'pirmdiena', tue: 'otrdiena', wed: 'trešdiena', thu: 'ceturtdiena', fri: 'piektdiena', sat: 'sestdiena', sun: 'svētdiena' });
const STATUSES = Object.freeze({ 'not-registered': 'Vēl neesmu reģistrējies', registered: 'Reģistrējies, projekta vēl nav', 'one-project': 'Viens projekts', 'several-projects': 'Vairāki projekti' });
const SECTIONS = Object.freeze({ about: 'Par jums', languages: 'Valodas', expertise: 'Tēmas un pieredze', eligibility: 'Programmas prasītā pieredze', availability: 'Pieejamība', goals: 'Jūsu mērķi', consent: 'Piekrišana' });

/** Latvian strings of `<mentor-registration>`. */
export const lv: RegistrationTranslation = {
  $code: 'lv',
  $name: 'Latviešu',

  title: (kind) => (kind === 'mentor' ? 'Reģistrēties kā mentoram' : 'Reģistrēties kā mentorējamajam'),
  intro: (kind, programme) => (kind === 'mentor' ? `Piedāvājiet savu palīdzību programmā “${programme}”. Obligātie lauki jāaizpilda.` : `Atrodiet mentoru programmā “${programme}”. Obligātie lauki jāaizpilda.`),
  loading: 'Ielādē reģistrācijas veidlapu…',
  loadFailed: 'Reģistrācijas veidlapu neizdevās ielādēt. Pārlādējiet lapu.',
  programmeNotFound: (id) => `Programma “${id}” netika atrasta, tāpēc veidlapu nevar parādīt.`,
  section: (name) => SECTIONS[name],
  required: '(obligāts)',
  optional: '(nav obligāts)',
  choose: 'Izvēlieties…',

  givenName: 'Vārds',
  familyName: 'Uzvārds',
  email: 'E-pasta adrese',
  emailHint: 'Uz šo adresi nosūtīsim apstiprinājuma saiti. Adrese netiek publicēta.',
  emailHintReviewed: 'Programmas koordinatori jums rakstīs uz šo adresi. Adrese netiek publicēta.',
  country: 'Valsts',
  region: 'Novads vai reģions',
  regionHint: 'Ne skola un ne ielas adrese.',
  timezone: 'Laika josla',
  role: 'Jūsu loma',
  yearsInProfession: 'Gadi profesijā',

  languagesHint: 'Valodas, kurās varat tikties, un jūsu līmenis.',
  language: (index) => `Valoda ${index}`,
  level: (index) => `Valodas ${index} līmenis`,
  levelName: (level) => LEVELS[level],
  addLanguage: 'Pievienot valodu',
  removeLanguage: (index) => `Noņemt valodu ${index}`,

  subjects: 'Mācību priekšmeti',
  schoolLevels: 'Izglītības pakāpes',
  topics: (kind) => (kind === 'mentor' ? 'Tēmas, kurās varat palīdzēt' : 'Tēmas, kurās vēlaties palīdzību'),
  topicsHint: (kind) => (kind === 'mentor' ? 'Izvēlieties no 1 līdz 15.' : 'Atzīmējiet atbilstošās; pārējo uzrakstiet mērķos zemāk.'),
  bio: 'Par jums publiskajam profilam',
  bioHint: 'Vienkāršs teksts, ne vairāk kā 2000 rakstzīmju. Tiek rādīts tikai tad, ja piekrītat profila publicēšanai.',

  yearsOfExperience: (min) => `Pieredzes gadi šajā lomā (programma prasa vismaz ${min})`,
  certificate: 'Profesionālais sertifikāts',
  certificateType: 'Sertifikāts',
  certificateValidUntil: 'Derīgs līdz',
  trainingCompleted: 'Esmu pabeidzis mentoru apmācību',
  trainingCompletedOn: 'Apmācība pabeigta',
  etwinningProjects: (min) => `eTwinning projekti, kuros esat piedalījies (vismaz ${min})`,
  nationalQualityLabels: (min) => `Saņemtās nacionālās kvalitātes zīmes (vismaz ${min})`,
  membershipPaidUntil: (organisation) => `Biedra nauda (${organisation}) samaksāta līdz`,
  etwinningStatus: 'Jūsu eTwinning pieredze',
  etwinningStatusName: (status) => STATUSES[status as keyof typeof STATUSES] ?? status,
  goalsSet: 'Esmu pierakstījis savus mentorēšanas mērķus',
  participationFeePaid: 'Esmu samaksājis dalības maksu',
  eligibilityHint: 'Koordinatori to pārbaudīs pēc programmas noteikumiem.',

  maxMentees: 'Cik mentorējamos varat uzņemties',
  maxMenteesHint: (recommended, max) => `Programma iesaka ${recommended}, ne vairāk kā ${max}.`,
  availableFrom: 'Pieejams no',
  availableTo: 'Pieejams līdz',
  weekly: 'Nedēļas laiki',
  weeklyHint: 'Laiki, kas jums parasti der, jūsu laika joslā.',
  dayName: (day) => DAYS[day as keyof typeof DAYS] ?? day,
  day: (index) => `${index}. laika diena`,
  start: (index) => `${index}. laika sākums`,
  end: (index) => `${index}. laika beigas`,
  addSlot: 'Pievienot laiku',
  removeSlot: (index) => `Noņemt ${index}. laiku`,
  meetingModes: 'Kā varat tikties',
  inPersonArea: 'Pilsēta tikšanās reizēm klātienē',
  sameCountryOnly: 'Tikai mentors no manas valsts',

  goals: 'Kur vēlaties palīdzību?',
  goalsHint: 'Ar saviem vārdiem, jebkurā valodā; ne vairāk kā 4000 rakstzīmju.',
  textLanguage: 'Teksta valoda',

  consentText: (name) =>
    ({
      publishProfile: 'Publicēt manu profilu publiskajā mentoru katalogā (vārds kā “Vārds U.”, reģions, valodas, tēmas; nekad mana e-pasta adrese).',
      contactRequests: 'Pārsūtīt man vietnes apmeklētāju saziņas pieprasījumus, nerādot manu adresi.',
      matching: 'Izmantot manu reģistrāciju, lai atrastu man mentoru.',
      shareWithMentor: 'Nodot manus mērķus un valodas mentoram, ar kuru mani savienos pārī.',
    })[name],
  privacyBefore: () => 'Esmu izlasījis ',
  privacyNotice: 'paziņojumu par privātumu',
  newTab: ' (atveras jaunā cilnē)',
  privacyAfter: (kind) => (kind === 'mentor' ? ' un piekrītu, ka koordinatori apstrādā manu reģistrāciju.' : ' un piekrītu, ka koordinatori apstrādā manu reģistrāciju, lai atrastu man mentoru.'),
  noticeVersion: (version) => `Paziņojuma par privātumu versija ${version}.`,
  noticeChanged: (version) => `Jūs piekritāt paziņojuma par privātumu versijai ${version}; kopš tā laika tas ir mainījies. Lūdzu, izlasiet to un atzīmējiet lodziņu vēlreiz.`,

  submit: (kind) => (kind === 'mentor' ? 'Reģistrēties kā mentoram' : 'Reģistrēties kā mentorējamajam'),
  sending: 'Sūta…',
  retry: 'Mēģināt vēlreiz',
  draftSaved: 'Ievadītais tiek glabāts šajā pārlūkā līdz nosūtīšanai; piekrišanas netiek glabātas.',
  sentTitle: 'Gandrīz gatavs',
  sent: (email) => `Pārbaudiet e-pastu: nosūtījām saiti uz ${email}. Reģistrācija būs spēkā, kad to atvērsiet un apstiprināsiet adresi. Ja vēstule dažu minūšu laikā nav pienākusi, pārbaudiet surogātpasta mapi.`,
  receivedTitle: 'Reģistrācija saņemta',
  received: (email) => `Paldies! Programmas koordinatori jums rakstīs uz ${email}.`,
  errorsFound: (count) => plural('lv', count, { zero: 'Izlabojiet # laukus.', one: 'Izlabojiet # lauku.', other: 'Izlabojiet # laukus.' }),
  sendFailed: (failure, status) =>
    ({
      network: 'Reģistrāciju neizdevās nosūtīt: nav savienojuma ar serveri. Viss ievadītais ir saglabāts; mēģiniet vēlreiz.',
      timeout: 'Serveris laikā neatbildēja. Viss ievadītais ir saglabāts; mēģiniet vēlreiz.',
      rejected: `Serveris reģistrāciju nepieņēma${status ? ` (kļūda ${status})` : ''}. Viss ievadītais ir saglabāts; pārbaudiet un mēģiniet vēlreiz.`,
      server: `Serverī radās kļūda${status ? ` (kļūda ${status})` : ''}. Viss ievadītais ir saglabāts; pēc brīža mēģiniet vēlreiz.`,
      duplicate: 'Ar šo e-pasta adresi šajā programmā jau ir reģistrēts. Koordinatori ar jums sazināsies.',
      'rate-limited': 'Pārāk daudz mēģinājumu no šī savienojuma. Viss ievadītais ir saglabāts; mēģiniet pēc dažām minūtēm.',
    })[failure],

  fieldError: (code, params) => {
    const limit = Number(params.limit);
    switch (code) {
      case 'required':
      case 'blank':
      case 'invisible-only':
      case 'min-items':
        return code === 'min-items' && limit > 1 ? `Izvēlieties vismaz ${limit}.` : 'Šis lauks ir obligāts.';
      case 'email':
        return 'Ievadiet e-pasta adresi, piemēram, vards@example.org.';
      case 'min-length':
        return limit > 1 ? `Vismaz ${limit} rakstzīmes.` : 'Šis lauks ir obligāts.';
      case 'max-length':
        return `Ne vairāk kā ${limit} rakstzīmes.`;
      case 'max-items':
        return `Izvēlieties ne vairāk kā ${limit}.`;
      case 'minimum':
        return `Vismaz ${limit}.`;
      case 'maximum':
        return `Ne vairāk kā ${limit}.`;
      case 'type':
        return 'Ievadiet veselu skaitli.';
      case 'date':
        return 'Ievadiet datumu.';
      case 'date-order':
        return 'Beigu datums nedrīkst būt pirms sākuma datuma.';
      case 'slot-order':
        return 'Beigu laikam jābūt pēc sākuma laika.';
      case 'bidi-control':
      case 'control-character':
      case 'lone-surrogate':
        return 'Šeit ir slēptas rakstzīmes (iespējams, no kopēšanas); lūdzu, ierakstiet to vēlreiz.';
      case 'duplicate-language':
        return 'Šī valoda norādīta divreiz.';
      case 'time-zone':
        return 'Izvēlieties laika joslu.';
      case 'not-offered':
        return 'Programma nepiedāvā šo izvēli.';
      case 'rule-min-years':
        return `Programma prasa vismaz ${params.required} gadus.`;
      case 'rule-min-projects':
        return `Programma prasa vismaz ${params.required} projektus.`;
      case 'rule-min-quality-labels':
        return `Programma prasa vismaz ${params.required} zīmes.`;
      case 'rule-training':
        return 'Programma prasa pabeigt mentoru apmācību.';
      case 'rule-certificate':
        return `Programma prasa sertifikātu, kas derīgs ${params.date}.`;
      case 'rule-membership':
      case 'mentee-rule-membership':
        return `Programma prasa, lai biedra nauda būtu samaksāta ${params.date}.`;
      case 'mentee-rule-goals':
        return 'Programma prasa vispirms noteikt savus mērķus.';
      case 'mentee-rule-fee':
        return 'Programma prasa vispirms samaksāt dalības maksu.';
      default:
        return 'Pārbaudiet šo vērtību.';
    }
  },
  consentRequired: 'Lai reģistrētos, atzīmējiet šo rūtiņu.',
  consentRequiredToSave: 'Lai saglabātu profilu, atzīmējiet šo rūtiņu.',
  honeypot: 'Atstājiet šo lauku tukšu',
  rulesTitle: 'Ko programma no jums prasa',
  rulesHint: 'Reģistrācija, kas tām neatbilst, netiek pieņemta.',
  rule: (rule) => {
    const on = rule.date ? ` ${rule.date}` : '';
    return {
      minYearsOfExperience: `Vismaz ${rule.value} gadu pieredze šajā amatā.`,
      certificateAnyOf: `Profesionālais sertifikāts (${rule.labels?.join(', ')}), derīgs${on}.`,
      mentorTrainingCompleted: 'Pabeigta mentoru apmācība.',
      membershipPaidOn: `Biedra nauda (${rule.organisation}) samaksāta${on}.`,
      minEtwinningProjects: `Vismaz ${rule.value} eTwinning projekti.`,
      minNationalQualityLabels: `Vismaz ${rule.value} nacionālās kvalitātes zīmes.`,
      goalsSet: 'Pierakstīti mentoringa mērķi.',
      participationFeePaid: 'Samaksāta dalības maksa.',
    }[rule.name];
  },
  updateTitle: 'Jūsu mentora profils',
  save: 'Saglabāt manu profilu',
  saved: 'Jūsu profils ir saglabāts un apstiprināts. Ar šo saiti varat to turpināt labot.',
  emailFixed: 'Adresi šeit mainīt nevar; par to rakstiet koordinatoriem.',
  profileLoadFailed: 'Jūsu profilu neizdevās ielādēt: saite, iespējams, vairs nav derīga. Atveriet to no vēstules vēlreiz; lapā varēsiet palūgt jaunas saites.',
};

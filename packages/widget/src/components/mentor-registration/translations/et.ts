import { plural } from '../../../utilities/plural.js';
import type { RegistrationTranslation } from './registration-translation.js';

const LEVELS = Object.freeze({ native: 'Emakeel', A1: 'A1 algtase', A2: 'A2 algtase', B1: 'B1 kesktase', B2: 'B2 kesktase', C1: 'C1 kõrgtase', C2: 'C2 kõrgtase' });
const DAYS = Object.freeze({ mon: 'esmaspäev', tue: 'teisipäev', wed: 'kolmapäev', thu: 'neljapäev', fri: 'reede', sat: 'laupäev', sun: 'pühapäev' });
const STATUSES = Object.freeze({ 'not-registered': 'Pole veel registreerunud', registered: 'Registreerunud, projekti veel pole', 'one-project': 'Üks projekt', 'several-projects': 'Mitu projekti' });
const SECTIONS = Object.freeze({ about: 'Sinust', languages: 'Keeled', expertise: 'Teemad ja kogemus', eligibility: 'Programmi nõutud kogemus', availability: 'Kättesaadavus', goals: 'Sinu eesmärgid', consent: 'Nõusolek' });

/** Estonian strings of `<mentor-registration>`. */
export const et: RegistrationTranslation = {
  $code: 'et',
  $name: 'Eesti',

  title: (kind) => (kind === 'mentor' ? 'Registreeru mentoriks' : 'Registreeru mentiiks'),
  intro: (kind, programme) => (kind === 'mentor' ? `Paku oma abi programmis „${programme}“. Kohustuslikud väljad tuleb täita.` : `Otsi endale mentor programmis „${programme}“. Kohustuslikud väljad tuleb täita.`),
  loading: 'Registreerimisvorm laadib…',
  loadFailed: 'Registreerimisvormi ei õnnestunud laadida. Laadi leht uuesti.',
  programmeNotFound: (id) => `Programmi „${id}“ ei leitud, seega vormi ei saa näidata.`,
  section: (name) => SECTIONS[name],
  required: '(kohustuslik)',
  optional: '(valikuline)',
  choose: 'Vali…',

  givenName: 'Eesnimi',
  familyName: 'Perekonnanimi',
  email: 'E-posti aadress',
  emailHint: 'Saadame sellele aadressile kinnituslingi. Aadressi ei avaldata.',
  emailHintReviewed: 'Programmi koordinaatorid kirjutavad sulle sellele aadressile. Aadressi ei avaldata.',
  country: 'Riik',
  region: 'Maakond või piirkond',
  regionHint: 'Mitte kool ega tänavaaadress.',
  timezone: 'Ajavöönd',
  role: 'Sinu roll',
  yearsInProfession: 'Aastaid erialal',

  languagesHint: 'Keeled, milles saad kohtuda, ja sinu tase.',
  language: (index) => `Keel ${index}`,
  level: (index) => `Keele ${index} tase`,
  levelName: (level) => LEVELS[level],
  addLanguage: 'Lisa keel',
  removeLanguage: (index) => `Eemalda keel ${index}`,

  subjects: 'Õppeained',
  schoolLevels: 'Kooliastmed',
  topics: (kind) => (kind === 'mentor' ? 'Teemad, milles saad aidata' : 'Teemad, milles soovid abi'),
  topicsHint: (kind) => (kind === 'mentor' ? 'Vali 1 kuni 15.' : 'Märgi sobivad; ülejäänu kirjuta allpool eesmärkidesse.'),
  bio: 'Sinust avaliku profiili jaoks',
  bioHint: 'Lihttekst, kuni 2000 märki. Näidatakse ainult siis, kui lubad profiili avaldada.',

  yearsOfExperience: (min) => `Aastaid kogemust rollis (programm nõuab vähemalt ${min})`,
  certificate: 'Kutsetunnistus',
  certificateType: 'Kutsetunnistus',
  certificateValidUntil: 'Kehtib kuni',
  trainingCompleted: 'Olen läbinud mentorite koolituse',
  trainingCompletedOn: 'Koolitus läbitud',
  etwinningProjects: (min) => `eTwinningu projektid, milles oled osalenud (vähemalt ${min})`,
  nationalQualityLabels: (min) => `Saadud riiklikud kvaliteedimärgid (vähemalt ${min})`,
  membershipPaidUntil: (organisation) => `Liikmemaks (${organisation}) makstud kuni`,
  etwinningStatus: 'Sinu eTwinningu kogemus',
  etwinningStatusName: (status) => STATUSES[status as keyof typeof STATUSES] ?? status,
  goalsSet: 'Olen mentorluse eesmärgid kirja pannud',
  participationFeePaid: 'Olen osalustasu maksnud',
  eligibilityHint: 'Koordinaatorid kontrollivad neid programmi reeglite järgi.',

  maxMentees: 'Mitu mentiid saad võtta',
  maxMenteesHint: (recommended, max) => `Programm soovitab ${recommended}, kõige rohkem ${max}.`,
  availableFrom: 'Kättesaadav alates',
  availableTo: 'Kättesaadav kuni',
  weekly: 'Nädala ajad',
  weeklyHint: 'Ajad, mis sulle tavaliselt sobivad, sinu ajavööndis.',
  dayName: (day) => DAYS[day as keyof typeof DAYS] ?? day,
  day: (index) => `Aja ${index} päev`,
  start: (index) => `Aja ${index} algus`,
  end: (index) => `Aja ${index} lõpp`,
  addSlot: 'Lisa aeg',
  removeSlot: (index) => `Eemalda aeg ${index}`,
  meetingModes: 'Kuidas saad kohtuda',
  inPersonArea: 'Linn, kus saad silmast silma kohtuda',
  sameCountryOnly: 'Ainult minu riigi mentor',

  goals: 'Millega soovid abi?',
  goalsHint: 'Oma sõnadega, mis tahes keeles; kuni 4000 märki.',
  textLanguage: 'Teksti keel',

  consentText: (name) =>
    ({
      publishProfile: 'Avaldage minu profiil avalikus mentorite kataloogis (nimi kujul „Eesnimi P.“, piirkond, keeled, teemad; mitte kunagi minu e-posti aadress).',
      contactRequests: 'Saatke mulle saidi külastajate kontaktisoove, minu aadressi näitamata.',
      matching: 'Kasutage minu registreeringut, et leida mulle mentor.',
      shareWithMentor: 'Jagage minu eesmärke ja keeli mentoriga, kellega mind paari pannakse.',
    })[name],
  privacyBefore: () => 'Olen lugenud ',
  privacyNotice: 'privaatsusteavet',
  newTab: ' (avaneb uuel vahelehel)',
  privacyAfter: (kind) => (kind === 'mentor' ? ' ja nõustun, et koordinaatorid töötlevad minu registreeringut.' : ' ja nõustun, et koordinaatorid töötlevad minu registreeringut mentori leidmiseks.'),
  noticeVersion: (version) => `Privaatsusteabe versioon ${version}.`,
  noticeChanged: (version) => `Nõustusite privaatsusteabe versiooniga ${version}; see on vahepeal muutunud. Palun lugege see läbi ja märkige kast uuesti.`,

  submit: (kind) => (kind === 'mentor' ? 'Registreeru mentoriks' : 'Registreeru mentiiks'),
  sending: 'Saadan…',
  retry: 'Proovi uuesti',
  draftSaved: 'Sisestatu hoitakse selles brauseris kuni saatmiseni; nõusolekuid ei hoita.',
  sentTitle: 'Peaaegu valmis',
  sent: (email) => `Vaata oma e-posti: saatsime lingi aadressile ${email}. Registreering kehtib, kui oled lingi avanud ja aadressi kinnitanud. Kui kiri mõne minuti jooksul ei saabu, vaata rämpsposti kausta.`,
  receivedTitle: 'Registreering on kätte saadud',
  received: (email) => `Aitäh! Programmi koordinaatorid kirjutavad sulle aadressile ${email}.`,
  errorsFound: (count) => plural('et', count, { one: 'Palun paranda # väli.', other: 'Palun paranda # välja.' }),
  sendFailed: (failure, status) =>
    ({
      network: 'Registreeringut ei saanud saata: ühendus serveriga puudub. Kõik sisestatu on alles; proovi uuesti.',
      timeout: 'Server ei vastanud õigel ajal. Kõik sisestatu on alles; proovi uuesti.',
      rejected: `Server ei võtnud registreeringut vastu${status ? ` (viga ${status})` : ''}. Kõik sisestatu on alles; kontrolli ja proovi uuesti.`,
      server: `Serveris tekkis viga${status ? ` (viga ${status})` : ''}. Kõik sisestatu on alles; proovi hetke pärast uuesti.`,
      duplicate: 'See e-posti aadress on selles programmis juba registreeritud. Koordinaatorid võtavad sinuga ühendust.',
      'rate-limited': 'Sellest ühendusest on liiga palju katseid. Kõik sisestatu on alles; proovi mõne minuti pärast uuesti.',
    })[failure],

  fieldError: (code, params) => {
    const limit = Number(params.limit);
    switch (code) {
      case 'required':
      case 'blank':
      case 'invisible-only':
      case 'min-items':
        return code === 'min-items' && limit > 1 ? `Vali vähemalt ${limit}.` : 'See väli on kohustuslik.';
      case 'email':
        return 'Sisesta e-posti aadress, näiteks nimi@example.org.';
      case 'min-length':
        return limit > 1 ? `Vähemalt ${limit} märki.` : 'See väli on kohustuslik.';
      case 'max-length':
        return `Kõige rohkem ${limit} märki.`;
      case 'max-items':
        return `Vali kõige rohkem ${limit}.`;
      case 'minimum':
        return `Vähemalt ${limit}.`;
      case 'maximum':
        return `Kõige rohkem ${limit}.`;
      case 'type':
        return 'Sisesta täisarv.';
      case 'date':
        return 'Sisesta kuupäev.';
      case 'date-order':
        return 'Lõppkuupäev ei tohi olla enne alguskuupäeva.';
      case 'slot-order':
        return 'Lõpuaeg peab olema pärast algusaega.';
      case 'bidi-control':
      case 'control-character':
      case 'lone-surrogate':
        return 'Siin on peidetud märke (võib-olla kopeerimisest); palun kirjuta see uuesti.';
      case 'duplicate-language':
        return 'See keel on kaks korda.';
      case 'time-zone':
        return 'Vali ajavöönd.';
      case 'not-offered':
        return 'Programm ei paku seda valikut.';
      case 'rule-min-years':
        return `Programm nõuab vähemalt ${params.required} aastat.`;
      case 'rule-min-projects':
        return `Programm nõuab vähemalt ${params.required} projekti.`;
      case 'rule-min-quality-labels':
        return `Programm nõuab vähemalt ${params.required} märki.`;
      case 'rule-training':
        return 'Programm nõuab läbitud mentorikoolitust.';
      case 'rule-certificate':
        return `Programm nõuab kutsetunnistust, mis kehtib ${params.date}.`;
      case 'rule-membership':
      case 'mentee-rule-membership':
        return `Programm nõuab, et liikmemaks oleks ${params.date} seisuga tasutud.`;
      case 'mentee-rule-goals':
        return 'Programm nõuab, et eesmärgid oleksid enne seatud.';
      case 'mentee-rule-fee':
        return 'Programm nõuab, et osalustasu oleks enne tasutud.';
      default:
        return 'Kontrolli seda väärtust.';
    }
  },
  consentRequired: 'Registreerumiseks märgi see kast.',
  consentRequiredToSave: 'Profiili salvestamiseks märgi see kast.',
  honeypot: 'Jäta see väli tühjaks',
  rulesTitle: 'Mida programm sinult nõuab',
  rulesHint: 'Registreerimist, mis neile ei vasta, vastu ei võeta.',
  rule: (rule) => {
    const on = rule.date ? ` ${rule.date} seisuga` : '';
    return {
      minYearsOfExperience: `Vähemalt ${rule.value} aastat kogemust selles rollis.`,
      certificateAnyOf: `Kutsetunnistus (${rule.labels?.join(', ')}), mis kehtib${on}.`,
      mentorTrainingCompleted: 'Läbitud mentorikoolitus.',
      membershipPaidOn: `Liikmemaks (${rule.organisation}) tasutud${on}.`,
      minEtwinningProjects: `Vähemalt ${rule.value} eTwinningu projekti.`,
      minNationalQualityLabels: `Vähemalt ${rule.value} riiklikku kvaliteedimärki.`,
      goalsSet: 'Mentorluse eesmärgid kirja pandud.',
      participationFeePaid: 'Osalustasu tasutud.',
    }[rule.name];
  },
  updateTitle: 'Sinu mentoriprofiil',
  save: 'Salvesta minu profiil',
  saved: 'Sinu profiil on salvestatud ja kinnitatud. Selle lingiga saad seda edasi parandada.',
  emailFixed: 'Aadressi siin muuta ei saa; selleks kirjuta koordinaatoritele.',
  profileLoadFailed: 'Sinu profiili ei õnnestunud laadida: link võib olla aegunud. Ava see kirjast uuesti; lehel saad tellida uued lingid.',
};

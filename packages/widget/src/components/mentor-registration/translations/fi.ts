import { plural } from '../../../utilities/plural.js';
import type { RegistrationTranslation } from './registration-translation.js';

const LEVELS = Object.freeze({ native: 'Äidinkieli', A1: 'A1 alkeistaso', A2: 'A2 perustaso', B1: 'B1 keskitaso', B2: 'B2 hyvä keskitaso', C1: 'C1 edistynyt', C2: 'C2 taitava' });
const DAYS = Object.freeze({ mon: 'maanantai', tue: 'tiistai', wed: 'keskiviikko', thu: 'torstai', fri: 'perjantai', sat: 'lauantai', sun: 'sunnuntai' });
const STATUSES = Object.freeze({ 'not-registered': 'En ole vielä rekisteröitynyt', registered: 'Rekisteröitynyt, ei vielä projektia', 'one-project': 'Yksi projekti', 'several-projects': 'Useita projekteja' });
const SECTIONS = Object.freeze({ about: 'Tietoja sinusta', languages: 'Kielet', expertise: 'Aiheet ja osaaminen', eligibility: 'Ohjelman edellyttämä kokemus', availability: 'Saatavuus', goals: 'Tavoitteesi', consent: 'Suostumus' });

/** Finnish strings of `<mentor-registration>`. */
export const fi: RegistrationTranslation = {
  $code: 'fi',
  $name: 'Suomi',

  title: (kind) => (kind === 'mentor' ? 'Ilmoittaudu mentoriksi' : 'Ilmoittaudu mentoroitavaksi'),
  intro: (kind, programme) => (kind === 'mentor' ? `Tarjoa apuasi ohjelmassa ${programme}. Pakolliset kentät on täytettävä.` : `Pyydä mentoria ohjelmassa ${programme}. Pakolliset kentät on täytettävä.`),
  loading: 'Ilmoittautumislomake latautuu…',
  loadFailed: 'Ilmoittautumislomaketta ei voitu ladata. Lataa sivu uudelleen.',
  programmeNotFound: (id) => `Ohjelmaa ”${id}” ei löytynyt, joten lomaketta ei voi näyttää.`,
  section: (name) => SECTIONS[name],
  required: '(pakollinen)',
  optional: '(vapaaehtoinen)',
  choose: 'Valitse…',

  givenName: 'Etunimi',
  familyName: 'Sukunimi',
  email: 'Sähköpostiosoite',
  emailHint: 'Lähetämme tähän osoitteeseen vahvistuslinkin. Osoitetta ei julkaista.',
  emailHintReviewed: 'Ohjelman koordinaattorit kirjoittavat sinulle tähän osoitteeseen. Osoitetta ei julkaista.',
  country: 'Maa',
  region: 'Maakunta tai alue',
  regionHint: 'Ei koulua eikä katuosoitetta.',
  timezone: 'Aikavyöhyke',
  role: 'Roolisi',
  yearsInProfession: 'Vuosia ammatissa',

  languagesHint: 'Kielet, joilla voit tavata, ja taitotasosi.',
  language: (index) => `Kieli ${index}`,
  level: (index) => `Kielen ${index} taso`,
  levelName: (level) => LEVELS[level],
  addLanguage: 'Lisää kieli',
  removeLanguage: (index) => `Poista kieli ${index}`,

  subjects: 'Oppiaineet',
  schoolLevels: 'Kouluasteet',
  topics: (kind) => (kind === 'mentor' ? 'Aiheet, joissa voit auttaa' : 'Aiheet, joihin haluat apua'),
  topicsHint: (kind) => (kind === 'mentor' ? 'Valitse 1–15.' : 'Merkitse sopivat; kerro loput tavoitteissa alla.'),
  bio: 'Tietoja sinusta julkiseen profiiliin',
  bioHint: 'Pelkkää tekstiä, enintään 2 000 merkkiä. Näytetään vain, jos sallit profiilin julkaisun.',

  yearsOfExperience: (min) => `Kokemusvuodet roolissa (ohjelma edellyttää vähintään ${min})`,
  certificate: 'Ammattitutkinto tai -todistus',
  certificateType: 'Todistus',
  certificateValidUntil: 'Voimassa asti',
  trainingCompleted: 'Olen suorittanut mentorikoulutuksen',
  trainingCompletedOn: 'Koulutus suoritettu',
  etwinningProjects: (min) => `eTwinning-projektit, joihin olet osallistunut (vähintään ${min})`,
  nationalQualityLabels: (min) => `Saadut kansalliset laatuleimat (vähintään ${min})`,
  membershipPaidUntil: (organisation) => `Jäsenmaksu (${organisation}) maksettu asti`,
  etwinningStatus: 'eTwinning-kokemuksesi',
  etwinningStatusName: (status) => STATUSES[status as keyof typeof STATUSES] ?? status,
  goalsSet: 'Olen kirjannut mentoroinnin tavoitteeni',
  participationFeePaid: 'Olen maksanut osallistumismaksun',
  eligibilityHint: 'Koordinaattorit tarkistavat nämä ohjelman sääntöjen mukaan.',

  maxMentees: 'Montako mentoroitavaa voit ottaa',
  maxMenteesHint: (recommended, max) => `Ohjelma suosittelee ${recommended}, enintään ${max}.`,
  availableFrom: 'Käytettävissä alkaen',
  availableTo: 'Käytettävissä asti',
  weekly: 'Viikoittaiset ajat',
  weeklyHint: 'Ajat, jotka yleensä sopivat sinulle, omalla aikavyöhykkeelläsi.',
  dayName: (day) => DAYS[day as keyof typeof DAYS] ?? day,
  day: (index) => `Ajan ${index} päivä`,
  start: (index) => `Ajan ${index} alku`,
  end: (index) => `Ajan ${index} loppu`,
  addSlot: 'Lisää aika',
  removeSlot: (index) => `Poista aika ${index}`,
  meetingModes: 'Miten voit tavata',
  inPersonArea: 'Paikkakunta kasvokkain tapaamiselle',
  sameCountryOnly: 'Vain mentori omasta maastani',

  goals: 'Mihin haluat apua?',
  goalsHint: 'Omin sanoin, millä kielellä tahansa; enintään 4 000 merkkiä.',
  textLanguage: 'Tekstin kieli',

  consentText: (name) =>
    ({
      publishProfile: 'Julkaiskaa profiilini julkisessa mentorihakemistossa (nimi muodossa ”Etunimi S.”, alue, kielet, aiheet; ei koskaan sähköpostiosoitettani).',
      contactRequests: 'Välittäkää minulle sivuston kävijöiden yhteydenottopyyntöjä osoitettani näyttämättä.',
      matching: 'Käyttäkää ilmoittautumistani mentorin löytämiseen minulle.',
      shareWithMentor: 'Jakakaa tavoitteeni ja kieleni mentorille, jonka pariksi minut valitaan.',
    })[name],
  privacyBefore: () => 'Olen lukenut ',
  privacyNotice: 'tietosuojaselosteen',
  newTab: ' (avautuu uuteen välilehteen)',
  privacyAfter: (kind) => (kind === 'mentor' ? ' ja hyväksyn, että koordinaattorit käsittelevät ilmoittautumistani.' : ' ja hyväksyn, että koordinaattorit käsittelevät ilmoittautumistani mentorin löytämiseksi.'),
  noticeVersion: (version) => `Tietosuojaselosteen versio ${version}.`,
  noticeChanged: (version) => `Hyväksyit tietosuojaselosteen version ${version}; se on sen jälkeen muuttunut. Lue se ja rastita ruutu uudelleen.`,

  submit: (kind) => (kind === 'mentor' ? 'Ilmoittaudu mentoriksi' : 'Ilmoittaudu mentoroitavaksi'),
  sending: 'Lähetetään…',
  retry: 'Yritä uudelleen',
  draftSaved: 'Kirjoittamasi säilyy tässä selaimessa lähettämiseen asti; suostumuksia ei säilytetä.',
  sentTitle: 'Melkein valmista',
  sent: (email) => `Tarkista sähköpostisi: lähetimme linkin osoitteeseen ${email}. Ilmoittautuminen on voimassa, kun olet vahvistanut osoitteesi linkillä. Jos viesti ei tule muutamassa minuutissa, tarkista roskapostikansio.`,
  receivedTitle: 'Ilmoittautuminen vastaanotettu',
  received: (email) => `Kiitos! Ohjelman koordinaattorit kirjoittavat sinulle osoitteeseen ${email}.`,
  errorsFound: (count) => plural('fi', count, { one: 'Korjaa # kenttä.', other: 'Korjaa # kenttää.' }),
  sendFailed: (failure, status) =>
    ({
      network: 'Ilmoittautumista ei voitu lähettää: ei yhteyttä palvelimeen. Kaikki syöttämäsi on tallella; yritä uudelleen.',
      timeout: 'Palvelin ei vastannut ajoissa. Kaikki syöttämäsi on tallella; yritä uudelleen.',
      rejected: `Palvelin ei hyväksynyt ilmoittautumista${status ? ` (virhe ${status})` : ''}. Kaikki syöttämäsi on tallella; tarkista tiedot ja yritä uudelleen.`,
      server: `Palvelimella oli ongelma${status ? ` (virhe ${status})` : ''}. Kaikki syöttämäsi on tallella; yritä hetken päästä uudelleen.`,
      duplicate: 'Tällä sähköpostiosoitteella on jo ilmoittauduttu tähän ohjelmaan. Koordinaattorit ottavat sinuun yhteyttä.',
      'rate-limited': 'Tästä yhteydestä on liikaa yrityksiä. Kaikki syöttämäsi on tallella; yritä muutaman minuutin päästä.',
    })[failure],

  fieldError: (code, params) => {
    const limit = Number(params.limit);
    switch (code) {
      case 'required':
      case 'blank':
      case 'invisible-only':
      case 'min-items':
        return code === 'min-items' && limit > 1 ? `Valitse vähintään ${limit}.` : 'Tämä kenttä on pakollinen.';
      case 'email':
        return 'Anna sähköpostiosoite, esimerkiksi nimi@example.org.';
      case 'min-length':
        return limit > 1 ? `Vähintään ${limit} merkkiä.` : 'Tämä kenttä on pakollinen.';
      case 'max-length':
        return `Enintään ${limit} merkkiä.`;
      case 'max-items':
        return `Valitse enintään ${limit}.`;
      case 'minimum':
        return `Vähintään ${limit}.`;
      case 'maximum':
        return `Enintään ${limit}.`;
      case 'type':
        return 'Anna kokonaisluku.';
      case 'date':
        return 'Anna päivämäärä.';
      case 'date-order':
        return 'Loppupäivä ei voi olla ennen alkupäivää.';
      case 'slot-order':
        return 'Loppuajan on oltava alkuajan jälkeen.';
      case 'bidi-control':
      case 'control-character':
      case 'lone-surrogate':
        return 'Tässä on piilotettuja merkkejä (ehkä kopioinnista); kirjoita se uudelleen.';
      case 'duplicate-language':
        return 'Tämä kieli on mainittu kahdesti.';
      case 'time-zone':
        return 'Valitse aikavyöhyke.';
      case 'not-offered':
        return 'Ohjelma ei tarjoa tätä vaihtoehtoa.';
      case 'rule-min-years':
        return `Ohjelma edellyttää vähintään ${params.required} vuotta.`;
      case 'rule-min-projects':
        return `Ohjelma edellyttää vähintään ${params.required} projektia.`;
      case 'rule-min-quality-labels':
        return `Ohjelma edellyttää vähintään ${params.required} laatumerkkiä.`;
      case 'rule-training':
        return 'Ohjelma edellyttää suoritettua mentorikoulutusta.';
      case 'rule-certificate':
        return `Ohjelma edellyttää ammattitodistusta, joka on voimassa ${params.date}.`;
      case 'rule-membership':
      case 'mentee-rule-membership':
        return `Ohjelma edellyttää, että jäsenmaksu on maksettu ${params.date}.`;
      case 'mentee-rule-goals':
        return 'Ohjelma edellyttää, että tavoitteesi on ensin asetettu.';
      case 'mentee-rule-fee':
        return 'Ohjelma edellyttää, että osallistumismaksu on ensin maksettu.';
      default:
        return 'Tarkista tämä arvo.';
    }
  },
  consentRequired: 'Merkitse tämä ruutu ilmoittautuaksesi.',
  consentRequiredToSave: 'Merkitse tämä ruutu tallentaaksesi profiilisi.',
  honeypot: 'Jätä tämä kenttä tyhjäksi',
  rulesTitle: 'Mitä ohjelma sinulta edellyttää',
  rulesHint: 'Ilmoittautumista, joka ei täytä näitä, ei hyväksytä.',
  rule: (rule) => {
    const on = rule.date ? ` ${rule.date}` : '';
    return {
      minYearsOfExperience: `Vähintään ${rule.value} vuoden kokemus tehtävässä.`,
      certificateAnyOf: `Ammattitodistus (${rule.labels?.join(', ')}), voimassa${on}.`,
      mentorTrainingCompleted: 'Suoritettu mentorikoulutus.',
      membershipPaidOn: `Jäsenmaksu (${rule.organisation}) maksettu${on}.`,
      minEtwinningProjects: `Vähintään ${rule.value} eTwinning-projektia.`,
      minNationalQualityLabels: `Vähintään ${rule.value} kansallista laatumerkkiä.`,
      goalsSet: 'Mentoroinnin tavoitteet kirjattu.',
      participationFeePaid: 'Osallistumismaksu maksettu.',
    }[rule.name];
  },
  updateTitle: 'Mentoriprofiilisi',
  save: 'Tallenna profiilini',
  saved: 'Profiilisi on tallennettu ja vahvistettu. Voit jatkaa sen korjaamista tällä linkillä.',
  emailFixed: 'Osoitetta ei voi muuttaa täällä; kirjoita siitä koordinaattoreille.',
  profileLoadFailed: 'Profiiliasi ei voitu ladata: linkki on ehkä vanhentunut. Avaa se uudelleen viestistä; sivulla voit pyytää uudet linkit.',
};

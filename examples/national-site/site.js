// Language switcher for the sample site: ?lang=xx sets the page language and the widget's lang.
// No inline script is needed, so the page runs under a strict Content-Security-Policy.
const DEFAULT_LANG = 'et';

const TEXT = {
  et: {},
  en: {
    skip: 'Skip to main content',
    tagline: 'National Support Organisation (sample)',
    navLabel: 'Main menu',
    navHome: 'Find a mentor',
    navBecome: 'Become a mentor',
    navPrivacy: 'Privacy',
    breadcrumbLabel: 'Breadcrumb',
    crumbHome: 'Home',
    crumbMentors: 'Mentors',
    heading: 'Find an eTwinning mentor',
    lead: 'Describe in your own words what you need help with – finding a partner, your first project, a Quality Label – and see which experienced teachers can help. Mentors’ e-mail addresses are not published: your message reaches the mentor through us.',
    finderHeading: 'Mentor search',
    helpHeading: 'How does it work?',
    step1: 'Write what you would like help with.',
    step2: 'Choose a mentor and send a short message.',
    step3: 'The mentor usually replies by e-mail within a week.',
    notice: 'Mentoring is free and usually lasts one school year. Meetings are by video call or in person.',
    becomeCta: 'I want to become a mentor',
    footerOrg: 'eTwinning Estonia National Support Organisation – sample site, all people are fictional.',
    footerPrivacy: 'Privacy notice',
  },
  fi: {
    skip: 'Siirry pääsisältöön',
    tagline: 'Kansallinen tukipalvelu (esimerkki)',
    navLabel: 'Päävalikko',
    navHome: 'Löydä mentori',
    navBecome: 'Ryhdy mentoriksi',
    navPrivacy: 'Tietosuoja',
    breadcrumbLabel: 'Murupolku',
    crumbHome: 'Etusivu',
    crumbMentors: 'Mentorit',
    heading: 'Löydä eTwinning-mentori',
    lead: 'Kerro omin sanoin, missä tarvitset apua – kumppanin löytäminen, ensimmäinen projekti, laatuleima – ja katso, ketkä kokeneet opettajat voivat auttaa. Mentorien sähköpostiosoitteita ei julkaista: viestisi välitetään mentorille meidän kauttamme.',
    finderHeading: 'Mentorihaku',
    helpHeading: 'Miten se toimii?',
    step1: 'Kirjoita, missä haluaisit apua.',
    step2: 'Valitse mentori ja lähetä lyhyt viesti.',
    step3: 'Mentori vastaa yleensä sähköpostilla viikon kuluessa.',
    notice: 'Mentorointi on maksutonta ja kestää yleensä yhden lukuvuoden. Tapaamiset ovat videopuheluina tai kasvokkain.',
    becomeCta: 'Haluan mentoriksi',
    footerOrg: 'eTwinning Viro, kansallinen tukipalvelu – esimerkkisivusto, kaikki henkilöt ovat keksittyjä.',
    footerPrivacy: 'Tietosuojaseloste',
  },
  lt: {
    skip: 'Pereiti prie pagrindinio turinio',
    tagline: 'Nacionalinė paramos tarnyba (pavyzdys)',
    navLabel: 'Pagrindinis meniu',
    navHome: 'Rasti mentorių',
    navBecome: 'Tapti mentoriumi',
    navPrivacy: 'Privatumas',
    breadcrumbLabel: 'Naršymo kelias',
    crumbHome: 'Pradžia',
    crumbMentors: 'Mentoriai',
    heading: 'Raskite eTwinning mentorių',
    lead: 'Savais žodžiais aprašykite, kokios pagalbos reikia – partnerio paieška, pirmasis projektas, kokybės ženklelis – ir pažiūrėkite, kurie patyrę mokytojai gali padėti. Mentorių el. pašto adresai neskelbiami: jūsų žinutė mentoriui perduodama per mus.',
    finderHeading: 'Mentorių paieška',
    helpHeading: 'Kaip tai veikia?',
    step1: 'Parašykite, kokios pagalbos norėtumėte.',
    step2: 'Pasirinkite mentorių ir išsiųskite trumpą žinutę.',
    step3: 'Mentorius paprastai atsako el. paštu per savaitę.',
    notice: 'Mentorystė nemokama ir paprastai trunka vienus mokslo metus. Susitikimai vyksta vaizdo skambučiu arba gyvai.',
    becomeCta: 'Noriu tapti mentoriumi',
    footerOrg: 'eTwinning Estija, nacionalinė paramos tarnyba – pavyzdinė svetainė, visi asmenys išgalvoti.',
    footerPrivacy: 'Privatumo pranešimas',
  },
  lv: {
    skip: 'Pāriet uz galveno saturu',
    tagline: 'Nacionālais atbalsta dienests (paraugs)',
    navLabel: 'Galvenā izvēlne',
    navHome: 'Atrast mentoru',
    navBecome: 'Kļūt par mentoru',
    navPrivacy: 'Privātums',
    breadcrumbLabel: 'Navigācijas ceļš',
    crumbHome: 'Sākums',
    crumbMentors: 'Mentori',
    heading: 'Atrodiet eTwinning mentoru',
    lead: 'Ar saviem vārdiem aprakstiet, kur jums vajadzīga palīdzība – partnera meklēšana, pirmais projekts, kvalitātes zīme – un skatiet, kuri pieredzējuši skolotāji var palīdzēt. Mentoru e-pasta adreses netiek publicētas: jūsu ziņa mentoram tiek nodota ar mūsu starpniecību.',
    finderHeading: 'Mentoru meklēšana',
    helpHeading: 'Kā tas notiek?',
    step1: 'Uzrakstiet, kur vēlaties palīdzību.',
    step2: 'Izvēlieties mentoru un nosūtiet īsu ziņu.',
    step3: 'Mentors parasti atbild pa e-pastu nedēļas laikā.',
    notice: 'Mentorēšana ir bez maksas un parasti ilgst vienu mācību gadu. Tikšanās notiek video zvanā vai klātienē.',
    becomeCta: 'Vēlos kļūt par mentoru',
    footerOrg: 'eTwinning Igaunija, nacionālais atbalsta dienests – parauga vietne, visas personas ir izdomātas.',
    footerPrivacy: 'Paziņojums par privātumu',
  },
};

/** The requested language, if the site has it. */
function requestedLang() {
  const lang = new URLSearchParams(window.location.search).get('lang');
  return lang && Object.hasOwn(TEXT, lang) ? lang : DEFAULT_LANG;
}

/** Keeps ?lang on links inside the site so the choice survives navigation. */
function withLang(href, lang) {
  const url = new URL(href, window.location.href);
  if (url.origin !== window.location.origin || url.protocol === 'mailto:') return href;
  if (lang === DEFAULT_LANG) url.searchParams.delete('lang');
  else url.searchParams.set('lang', lang);
  return `${url.pathname}${url.search}${url.hash}`;
}

function applyLang(lang) {
  const text = TEXT[lang];
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-i18n]')) {
    const value = text[el.dataset.i18n];
    if (value) el.textContent = value;
  }
  for (const el of document.querySelectorAll('[data-i18n-label]')) {
    const value = text[el.dataset.i18nLabel];
    if (value) el.setAttribute('aria-label', value);
  }
  for (const link of document.querySelectorAll('.lang-switch a')) {
    if (link.hreflang === lang) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
  for (const link of document.querySelectorAll('.main-nav a, .breadcrumbs a, .logo, .button[href^="/"], .site-footer a[href^="/"]')) {
    link.setAttribute('href', withLang(link.getAttribute('href'), lang));
  }
  for (const finder of document.querySelectorAll('mentor-finder')) {
    finder.setAttribute('lang', lang);
    finder.setAttribute('privacy-url', withLang('/privacy.html', lang));
  }
}

applyLang(requestedLang());

// Every visible string of the coordinator page, in each language the pair preview speaks.
export const COORDINATOR_LANGS = ['en', 'et', 'fi', 'lt', 'lv'];

export const COORDINATOR_TEXT = {
  en: {
    title: 'Suggested mentor pairs · coordinator (example)',
    skip: 'Skip to the pairs',
    org: 'eTwinning national support (example)',
    langLabel: 'Language',
    heading: 'Suggested mentor pairs',
    lead: 'Pick the cohort files below (mentors, mentees, programmes; the samples are in shared/data). Pin the pairs you agree with, exclude the ones that must never happen, swap mentors, then export. Files you pick are read in this browser and never uploaded.',
    runLog: (time, matched, total) => `${time} · ${matched} of ${total} mentees matched`,
  },
  et: {
    title: 'Soovitatud mentorpaarid · koordinaator (näide)',
    skip: 'Liigu paaride juurde',
    org: 'eTwinningu riiklik tugiteenistus (näide)',
    langLabel: 'Keel',
    heading: 'Soovitatud mentorpaarid',
    lead: 'Vali allpool rühma failid (mentorid, mentiid, programmid; näidised on kaustas shared/data). Kinnita paarid, millega nõustud, välista need, mida ei tohi tekkida, vaheta mentoreid ja ekspordi. Valitud failid loetakse selles brauseris ega laadita kuhugi üles.',
    runLog: (time, matched, total) => `${time} · ${total} mentiist said paari ${matched}`,
  },
  fi: {
    title: 'Ehdotetut mentoriparit · koordinaattori (esimerkki)',
    skip: 'Siirry pareihin',
    org: 'eTwinningin kansallinen tukipalvelu (esimerkki)',
    langLabel: 'Kieli',
    heading: 'Ehdotetut mentoriparit',
    lead: 'Valitse alta ryhmän tiedostot (mentorit, mentoroitavat, ohjelmat; esimerkit ovat kansiossa shared/data). Kiinnitä parit, joista olet samaa mieltä, sulje pois ne, joita ei saa muodostaa, vaihda mentoreita ja vie tulos. Valitsemasi tiedostot luetaan tässä selaimessa eikä niitä lähetetä minnekään.',
    runLog: (time, matched, total) => `${time} · ${matched}/${total} mentoroitavalla on pari`,
  },
  lt: {
    title: 'Siūlomos mentorių poros · koordinatorius (pavyzdys)',
    skip: 'Pereiti prie porų',
    org: 'eTwinning nacionalinė paramos tarnyba (pavyzdys)',
    langLabel: 'Kalba',
    heading: 'Siūlomos mentorių poros',
    lead: 'Žemiau pasirinkite grupės failus (mentoriai, globotiniai, programos; pavyzdžiai yra aplanke shared/data). Užfiksuokite poras, kurioms pritariate, atmeskite tas, kurių negali būti, sukeiskite mentorius ir eksportuokite. Jūsų pasirinkti failai skaitomi šioje naršyklėje ir niekur neįkeliami.',
    runLog: (time, matched, total) => `${time} · suporuota ${matched} iš ${total} ugdomųjų`,
  },
  lv: {
    title: 'Ieteiktie mentoru pāri · koordinators (piemērs)',
    skip: 'Pāriet uz pāriem',
    org: 'eTwinning nacionālais atbalsta dienests (piemērs)',
    langLabel: 'Valoda',
    heading: 'Ieteiktie mentoru pāri',
    lead: 'Zemāk izvēlieties grupas failus (mentori, mentorējamie, programmas; paraugi ir mapē shared/data). Nostipriniet pārus, kuriem piekrītat, izslēdziet tos, kas nedrīkst izveidoties, samainiet mentorus un eksportējiet. Jūsu izvēlētie faili tiek lasīti šajā pārlūkā un netiek augšupielādēti.',
    runLog: (time, matched, total) => `${time} · pāri atrasti ${matched} no ${total} mentorējamajiem`,
  },
};

import { plural } from '../utilities/plural.js';
import { issueMessage } from '@mentor-finder/matcher';
import { aboutCell } from './message-params.js';
import type { DataSource, MessageParams, PairPreviewTranslation } from './pair-preview-translation.js';

const sources: Record<DataSource, string> = {
  mentors: 'Mentoriai',
  mentees: 'Ugdytiniai',
  programmes: 'Programos',
  mapping: 'Stulpelių atitikimas',
  constraints: 'Prisegimai ir išimtys',
};



export const lt: PairPreviewTranslation = {
  $code: 'lt',
  $name: 'Lietuvių',

  regionLabel: 'Mentorių porų peržiūra',

  loadHeading: 'Dalyviai',
  fileLabel: (source) =>
    ({
      mentors: 'Mentoriai (JSON arba CSV)',
      mentees: 'Ugdytiniai (JSON arba CSV)',
      programmes: 'Programos (JSON)',
      mapping: 'CSV failų stulpelių atitikimas (JSON, nebūtina)',
      constraints: 'Įkelti prisegimus ir išimtis (JSON)',
    })[source],
  fileHint: 'Čia pasirinkti failai skaitomi šioje naršyklėje; jie neįkeliami į serverį.',
  sourceName: (source) => sources[source],
  loading: (source) => `${sources[source]}: įkeliama…`,
  loadedCount: (source, n) =>
    source === 'mentors' ? plural('lt', n, { one: '# mentorius', few: '# mentoriai', other: '# mentorių' })
    : source === 'mentees' ? plural('lt', n, { one: '# ugdytinis', few: '# ugdytiniai', other: '# ugdytinių' })
    : source === 'programmes' ? plural('lt', n, { one: '# programa', few: '# programos', other: '# programų' })
    : plural('lt', n, { one: '# įrašas', few: '# įrašai', other: '# įrašų' }),
  loadFailed: (source, cause) => `${sources[source]}: nepavyko įkelti (${cause}).`,
  noValidRecords: (source) => `${sources[source]}: nerasta nė vieno tinkamo įrašo.`,
  issuesHeading: (n) =>
    plural('lt', n, {
      one: 'Duomenyse rasta # problema (naudojami tinkami įrašai)',
      few: 'Duomenyse rastos # problemos (naudojami tinkami įrašai)',
      other: 'Duomenyse rasta # problemų (naudojami tinkami įrašai)',
    }),
  issueWhere: (source, row, recordId, field, column) =>
    `${sources[source]}${row !== null ? `, eilutė ${row}` : ''}${recordId ? ` (${recordId})` : ''}${field ? `, laukas „${field}“` : ''}${column ? ` (stulpelis „${column}“)` : ''}`,
  validationMessage: (code, _field, params) => aboutCell(params, issueMessage(code, params, 'lt') ?? `netinkama reikšmė (${code})`, ['„', '“']),
  emptyState: 'Įkelkite mentorius ir ugdytinius, kad pamatytumėte siūlomas poras.',

  settingsHeading: 'Programos nustatymai',
  programmeLabel: 'Programa',
  noProgramme: 'Be programos taisyklių',
  relationshipStart: 'Mentorystės pradžia',
  relationshipEnd: 'Mentorystės pabaiga',
  datesHint: 'Palikite tuščią, kad būtų naudojamos programos datos.',
  datesReversed: 'Mentorystė baigiasi anksčiau, nei prasideda; kol tai nepataisyta, naudojamos programos datos.',
  weightsLegend: 'Svoriai',
  weightLabel: (component) =>
    ({
      topics: 'Tikslai ir temos',
      subjects: 'Dalykai',
      schoolLevels: 'Ugdymo pakopos',
      language: 'Kalbos lygis',
      country: 'Ta pati šalis',
      meetingModes: 'Susitikimų būdai',
      availability: 'Laikas',
      freePlaces: 'Laisvos vietos',
      preferred: 'Pageidaujamas mentorius',
    })[component],
  resetWeights: 'Atkurti svorius',
  run: 'Siūlyti poras',
  rerun: 'Skaičiuoti iš naujo',

  solving: 'Ieškoma geriausių porų…',
  solvingElapsed: (s) => `Ieškoma geriausių porų… ${s} s`,
  cancel: 'Atšaukti',
  cancelled: 'Sustabdyta. Rodomas ankstesnis rezultatas.',
  solveFailed: 'Nepavyko apskaičiuoti porų.',

  pairsHeading: (n) => plural('lt', n, { one: '# siūloma pora', few: '# siūlomos poros', other: '# siūlomų porų' }),
  filterLabel: 'Filtruoti poras',
  filterHint: 'Ugdytinio ar mentoriaus vardas arba identifikatorius',
  filteredCount: (shown, total) => `Filtrą atitinka ${shown} iš ${total} porų`,
  column: (column) => ({ mentee: 'Ugdytinis', mentor: 'Mentorius', score: 'Tinkamumas' })[column],
  columnReasons: 'Kodėl',
  columnActions: 'Veiksmai',
  pin: 'Prisegti',
  pinnedMark: 'prisegta',
  exclude: 'Atmesti',
  swapLabel: (mentee) => `Kitas mentorius: ${mentee}`,
  swapNone: 'Nėra kitų mentorių su vietomis ir jokių mainų',
  swapOption: (mentor, score, otherMentee, change, otherChange) => `${mentor} (${score}), mainai su ${otherMentee}: čia ${change}, ${otherMentee} ${otherChange}`,
  exchanged: (mentee, mentor, change, otherMentee, otherMentor, otherChange) => `Mentoriai sukeisti: ${mentee} – ${mentor} (${change}), ${otherMentee} – ${otherMentor} (${otherChange}).`,
  keepRecord: (name, id) => `Vietoj to poruoti ${name} (${id})`,
  swap: 'Keisti',
  undo: 'Atšaukti paskutinį pakeitimą',
  nothingToUndo: 'Nėra ko atšaukti',
  changeSummary: (added, removed, changed) =>
    added + removed + changed === 0
      ? 'Palyginti su ankstesniu: nė viena pora nepasikeitė.'
      : `Palyginti su ankstesniu: pridėta ${added}, pašalinta ${removed}, pakeista ${changed}.`,
  firstRun: (n) => `Pirmas skaičiavimas: ${plural('lt', n, { one: '# siūloma pora', few: '# siūlomos poros', other: '# siūlomų porų' })}.`,
  markAdded: 'nauja',
  markChanged: 'pakeista',
  removedHeading: (n) => `Nuo ankstesnio skaičiavimo pašalintos poros: ${n}`,
  showMore: (shown, total) => `Rodyti daugiau (rodoma ${shown} iš ${total})`,
  noPairs: 'Nepavyko pasiūlyti nė vienos poros.',
  noFilterMatch: 'Filtrą neatitinka nė viena pora.',
  warningsLabel: 'Įspėjimas',
  issuesOfRun: 'Pastabos apie šį skaičiavimą',

  constraintsHeading: 'Prisegimai ir išimtys',
  pinnedPair: (mentee, mentor) => `${mentee} prisegtas prie ${mentor}`,
  excludedPair: (mentee, mentor) => `${mentee} niekada su ${mentor}`,
  remove: 'Pašalinti',
  removeLabel: (what) => `Pašalinti: ${what}`,
  noConstraints: 'Prisegimų ir išimčių dar nėra.',

  unmatchedHeading: (n) => plural('lt', n, { one: '# ugdytinis be mentoriaus', few: '# ugdytiniai be mentoriaus', other: '# ugdytinių be mentoriaus' }),
  freeMentorsHeading: (n) => plural('lt', n, { one: '# mentorius su laisvomis vietomis', few: '# mentoriai su laisvomis vietomis', other: '# mentorių su laisvomis vietomis' }),
  freePlacesLeft: (n) => plural('lt', n, { one: 'liko # vieta', few: 'liko # vietos', other: 'liko # vietų' }),
  noneUnmatched: 'Kiekvienas ugdytinis turi mentorių.',
  noFreeMentors: 'Nė vienas mentorius neturi laisvos vietos.',
  noMenteesInRun: (inProgramme) => (inProgramme ? 'Įkeltuose failuose nėra šios programos ugdytinių.' : 'Įkeltuose failuose nėra ugdytinių.'),
  noMentorsInRun: (inProgramme) => (inProgramme ? 'Įkeltuose failuose nėra šios programos mentorių.' : 'Įkeltuose failuose nėra mentorių.'),

  summaryHeading: 'Santrauka',
  matchedOf: (matched, total) => `Porą gavo ${matched} iš ${total} ugdytinių`,
  meanScore: 'Vidutinis tinkamumas',
  minScore: 'Mažiausias tinkamumas',
  histogramCaption: 'Siūlomų porų tinkamumas',
  histogramRange: 'Tinkamumas',
  histogramCount: 'Poros',
  loadTableCaption: 'Mentorių krūvis',
  loadColumn: (column) =>
    ({ mentor: 'Mentorius', free: 'Laisva prieš', existing: 'Vykstančios', pinned: 'Prisegta', suggested: 'Siūloma', remaining: 'Liko' })[column],

  exportHeading: 'Eksportas',
  delimiterLabel: 'CSV skyriklis',
  delimiterName: (name) => ({ comma: 'Kablelis (,)', semicolon: 'Kabliataškis (;)', tab: 'Tabuliacija' })[name],
  exportCsv: 'Atsisiųsti poras (CSV)',
  exportJson: 'Atsisiųsti poras (JSON)',
  exportConstraints: 'Atsisiųsti prisegimus ir išimtis',
  importConstraints: 'Įkelti prisegimus ir išimtis (JSON)',
  exportHint: 'Failai kuriami šioje naršyklėje. Niekas nepalieka jūsų kompiuterio.',
  constraintsLoaded: (pins, exclusions) => `Įkelta prisegimų: ${pins}, išimčių: ${exclusions}.`,
};

import { plural } from '../utilities/plural.js';
import { issueMessage } from '@mentor-finder/matcher';
import { aboutCell } from './message-params.js';
import type { DataSource, MessageParams, PairPreviewTranslation } from './pair-preview-translation.js';

const sources: Record<DataSource, string> = {
  mentors: 'Mentori',
  mentees: 'Mentorējamie',
  programmes: 'Programmas',
  mapping: 'Kolonnu atbilstība',
  constraints: 'Piespraudumi un izslēgumi',
};



export const lv: PairPreviewTranslation = {
  $code: 'lv',
  $name: 'Latviešu',

  regionLabel: 'Mentoru pāru priekšskatījums',

  loadHeading: 'Dalībnieki',
  fileLabel: (source) =>
    ({
      mentors: 'Mentori (JSON vai CSV)',
      mentees: 'Mentorējamie (JSON vai CSV)',
      programmes: 'Programmas (JSON)',
      mapping: 'CSV failu kolonnu atbilstība (JSON, nav obligāti)',
      constraints: 'Ielādēt piespraudumus un izslēgumus (JSON)',
    })[source],
  fileHint: 'Šeit izvēlētie faili tiek nolasīti šajā pārlūkā; tie netiek augšupielādēti.',
  sourceName: (source) => sources[source],
  loading: (source) => `${sources[source]}: ielādē…`,
  loadedCount: (source, n) =>
    source === 'mentors' ? plural('lv', n, { zero: '# mentoru', one: '# mentors', other: '# mentori' })
    : source === 'mentees' ? plural('lv', n, { zero: '# mentorējamo', one: '# mentorējamais', other: '# mentorējamie' })
    : source === 'programmes' ? plural('lv', n, { zero: '# programmu', one: '# programma', other: '# programmas' })
    : plural('lv', n, { zero: '# ierakstu', one: '# ieraksts', other: '# ieraksti' }),
  loadFailed: (source, cause) => `${sources[source]}: neizdevās ielādēt (${cause}).`,
  noValidRecords: (source) => `${sources[source]}: netika atrasts neviens derīgs ieraksts.`,
  issuesHeading: (n) =>
    plural('lv', n, {
      zero: 'Datos ir # problēmu (tiek izmantoti derīgie ieraksti)',
      one: 'Datos ir # problēma (tiek izmantoti derīgie ieraksti)',
      other: 'Datos ir # problēmas (tiek izmantoti derīgie ieraksti)',
    }),
  issueWhere: (source, row, recordId, field, column) =>
    `${sources[source]}${row !== null ? `, rinda ${row}` : ''}${recordId ? ` (${recordId})` : ''}${field ? `, lauks “${field}”` : ''}${column ? ` (kolonna “${column}”)` : ''}`,
  validationMessage: (code, _field, params) => aboutCell(params, issueMessage(code, params, 'lv') ?? `nav derīga vērtība (${code})`, ['“', '”']),
  emptyState: 'Ielādējiet mentorus un mentorējamos, lai redzētu ieteiktos pārus.',

  settingsHeading: 'Programmas iestatījumi',
  programmeLabel: 'Programma',
  noProgramme: 'Bez programmas noteikumiem',
  relationshipStart: 'Mentorēšanas sākums',
  relationshipEnd: 'Mentorēšanas beigas',
  datesHint: 'Atstājiet tukšu, lai izmantotu programmas datumus.',
  datesReversed: 'Mentorēšana beidzas, pirms tā sākas; kamēr tas nav izlabots, tiek izmantoti programmas datumi.',
  weightsLegend: 'Svari',
  weightLabel: (component) =>
    ({
      topics: 'Mērķi un tēmas',
      subjects: 'Mācību priekšmeti',
      schoolLevels: 'Izglītības pakāpes',
      language: 'Valodas līmenis',
      country: 'Tā pati valsts',
      meetingModes: 'Tikšanās veidi',
      availability: 'Pieejamība',
      freePlaces: 'Brīvās vietas',
      preferred: 'Vēlamais mentors',
    })[component],
  resetWeights: 'Atjaunot svarus',
  run: 'Ieteikt pārus',
  rerun: 'Aprēķināt vēlreiz',

  solving: 'Meklē labākos pārus…',
  solvingElapsed: (s) => `Meklē labākos pārus… ${s} s`,
  cancel: 'Atcelt',
  cancelled: 'Apturēts. Redzams iepriekšējais rezultāts.',
  solveFailed: 'Pārus neizdevās aprēķināt.',

  pairsHeading: (n) => plural('lv', n, { zero: '# ieteiktu pāru', one: '# ieteikts pāris', other: '# ieteikti pāri' }),
  filterLabel: 'Filtrēt pārus',
  filterHint: 'Mentorējamā vai mentora vārds vai identifikators',
  filteredCount: (shown, total) => `Filtram atbilst ${shown} no ${total} pāriem`,
  column: (column) => ({ mentee: 'Mentorējamais', mentor: 'Mentors', score: 'Atbilstība' })[column],
  columnReasons: 'Kāpēc',
  columnActions: 'Darbības',
  pin: 'Piespraust',
  pinnedMark: 'piesprausts',
  exclude: 'Izslēgt',
  swapLabel: (mentee) => `Cits mentors: ${mentee}`,
  swapNone: 'Nav citu mentoru ar brīvām vietām un nav apmaiņu',
  swapOption: (mentor, score, otherMentee, change, otherChange) => `${mentor} (${score}), apmaiņa ar ${otherMentee}: šeit ${change}, ${otherMentee} ${otherChange}`,
  exchanged: (mentee, mentor, change, otherMentee, otherMentor, otherChange) => `Mentori apmainīti: ${mentee} – ${mentor} (${change}), ${otherMentee} – ${otherMentor} (${otherChange}).`,
  keepRecord: (name, id) => `Tā vietā pārī likt ${name} (${id})`,
  swap: 'Mainīt',
  undo: 'Atsaukt pēdējo izmaiņu',
  nothingToUndo: 'Nav ko atsaukt',
  changeSummary: (added, removed, changed) =>
    added + removed + changed === 0
      ? 'Salīdzinot ar iepriekšējo: neviens pāris nemainījās.'
      : `Salīdzinot ar iepriekšējo: pievienoti ${added}, noņemti ${removed}, mainīti ${changed}.`,
  firstRun: (n) => `Pirmais aprēķins: ${plural('lv', n, { zero: '# ieteiktu pāru', one: '# ieteikts pāris', other: '# ieteikti pāri' })}.`,
  markAdded: 'jauns',
  markChanged: 'mainīts',
  removedHeading: (n) => `Kopš iepriekšējā aprēķina noņemtie pāri: ${n}`,
  showMore: (shown, total) => `Rādīt vairāk (redzami ${shown} no ${total})`,
  noPairs: 'Neizdevās ieteikt nevienu pāri.',
  noFilterMatch: 'Filtram neatbilst neviens pāris.',
  warningsLabel: 'Brīdinājums',
  issuesOfRun: 'Piezīmes par šo aprēķinu',

  constraintsHeading: 'Piespraudumi un izslēgumi',
  pinnedPair: (mentee, mentor) => `${mentee} piesprausts pie ${mentor}`,
  excludedPair: (mentee, mentor) => `${mentee} nekad ar ${mentor}`,
  remove: 'Noņemt',
  removeLabel: (what) => `Noņemt: ${what}`,
  noConstraints: 'Piespraudumu un izslēgumu vēl nav.',

  unmatchedHeading: (n) => plural('lv', n, { zero: '# mentorējamo bez mentora', one: '# mentorējamais bez mentora', other: '# mentorējamie bez mentora' }),
  freeMentorsHeading: (n) => plural('lv', n, { zero: '# mentoru ar brīvām vietām', one: '# mentors ar brīvām vietām', other: '# mentori ar brīvām vietām' }),
  freePlacesLeft: (n) => plural('lv', n, { zero: 'atlikušas # vietas', one: 'atlikusi # vieta', other: 'atlikušas # vietas' }),
  noneUnmatched: 'Katram mentorējamajam ir mentors.',
  noFreeMentors: 'Nevienam mentoram nav brīvu vietu.',
  noMenteesInRun: (inProgramme) => (inProgramme ? 'Ielādētajos failos nav šīs programmas mentorējamo.' : 'Ielādētajos failos nav mentorējamo.'),
  noMentorsInRun: (inProgramme) => (inProgramme ? 'Ielādētajos failos nav šīs programmas mentoru.' : 'Ielādētajos failos nav mentoru.'),

  summaryHeading: 'Kopsavilkums',
  matchedOf: (matched, total) => `Pāri ieguva ${matched} no ${total} mentorējamajiem`,
  meanScore: 'Vidējā atbilstība',
  minScore: 'Zemākā atbilstība',
  histogramCaption: 'Ieteikto pāru atbilstība',
  histogramRange: 'Atbilstība',
  histogramCount: 'Pāri',
  loadTableCaption: 'Mentoru noslodze',
  loadColumn: (column) =>
    ({ mentor: 'Mentors', free: 'Brīvas pirms', existing: 'Notiekoši', pinned: 'Piesprausti', suggested: 'Ieteikti', remaining: 'Atlikušas' })[column],

  exportHeading: 'Eksports',
  delimiterLabel: 'CSV atdalītājs',
  delimiterName: (name) => ({ comma: 'Komats (,)', semicolon: 'Semikols (;)', tab: 'Tabulācija' })[name],
  exportCsv: 'Lejupielādēt pārus (CSV)',
  exportJson: 'Lejupielādēt pārus (JSON)',
  exportConstraints: 'Lejupielādēt piespraudumus un izslēgumus',
  importConstraints: 'Ielādēt piespraudumus un izslēgumus (JSON)',
  exportHint: 'Faili tiek veidoti šajā pārlūkā. Nekas neatstāj jūsu datoru.',
  constraintsLoaded: (pins, exclusions) => `Ielādēti piespraudumi: ${pins}, izslēgumi: ${exclusions}.`,
};

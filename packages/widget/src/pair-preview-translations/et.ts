import { plural } from '../utilities/plural.js';
import { issueMessage } from '@mentor-finder/matcher';
import { aboutCell } from './message-params.js';
import type { DataSource, MessageParams, PairPreviewTranslation } from './pair-preview-translation.js';

const sources: Record<DataSource, string> = {
  mentors: 'Mentorid',
  mentees: 'Mentiid',
  programmes: 'Programmid',
  mapping: 'Veergude vastavus',
  constraints: 'Kinnitused ja välistused',
};



export const et: PairPreviewTranslation = {
  $code: 'et',
  $name: 'Eesti',

  regionLabel: 'Mentorpaaride eelvaade',

  loadHeading: 'Osalejad',
  fileLabel: (source) =>
    ({
      mentors: 'Mentorid (JSON või CSV)',
      mentees: 'Mentiid (JSON või CSV)',
      programmes: 'Programmid (JSON)',
      mapping: 'CSV-failide veergude vastavus (JSON, valikuline)',
      constraints: 'Laadi kinnitused ja välistused (JSON)',
    })[source],
  fileHint: 'Siin valitud faile loetakse selles brauseris; neid ei laadita üles.',
  sourceName: (source) => sources[source],
  loading: (source) => `${sources[source]}: laadimine…`,
  loadedCount: (source, n) =>
    source === 'mentors' ? plural('et', n, { one: '# mentor', other: '# mentorit' })
    : source === 'mentees' ? plural('et', n, { one: '# mentii', other: '# mentiid' })
    : source === 'programmes' ? plural('et', n, { one: '# programm', other: '# programmi' })
    : plural('et', n, { one: '# kirje', other: '# kirjet' }),
  loadFailed: (source, cause) => `${sources[source]}: laadimine ebaõnnestus (${cause}).`,
  noValidRecords: (source) => `${sources[source]}: ühtegi korrektset kirjet ei leitud.`,
  issuesHeading: (n) => plural('et', n, { one: 'Andmetes on # viga (korrektseid kirjeid kasutatakse)', other: 'Andmetes on # viga (korrektseid kirjeid kasutatakse)' }),
  issueWhere: (source, row, recordId, field, column) =>
    `${sources[source]}${row !== null ? `, rida ${row}` : ''}${recordId ? ` (${recordId})` : ''}${field ? `, väli „${field}“` : ''}${column ? ` (veerg „${column}“)` : ''}`,
  validationMessage: (code, _field, params) => aboutCell(params, issueMessage(code, params, 'et') ?? `ei ole korrektne (${code})`, ['„', '“']),
  emptyState: 'Laadi mentorid ja mentiid, et näha paaride soovitusi.',

  settingsHeading: 'Programmi seaded',
  programmeLabel: 'Programm',
  noProgramme: 'Programmi reegliteta',
  relationshipStart: 'Mentorluse algus',
  relationshipEnd: 'Mentorluse lõpp',
  datesHint: 'Jäta tühjaks, et kasutada programmi kuupäevi.',
  datesReversed: 'Mentorlus lõpeb enne, kui see algab; kuni see on parandatud, kasutatakse programmi kuupäevi.',
  weightsLegend: 'Kaalud',
  weightLabel: (component) =>
    ({
      topics: 'Eesmärgid ja teemad',
      subjects: 'Õppeained',
      schoolLevels: 'Kooliastmed',
      language: 'Keeleoskus',
      country: 'Sama riik',
      meetingModes: 'Kohtumise viisid',
      availability: 'Ajad',
      freePlaces: 'Vabad kohad',
      preferred: 'Eelistatud mentor',
    })[component],
  resetWeights: 'Taasta kaalud',
  run: 'Soovita paare',
  rerun: 'Arvuta uuesti',

  solving: 'Otsin parimaid paare…',
  solvingElapsed: (s) => `Otsin parimaid paare… ${s} s`,
  cancel: 'Katkesta',
  cancelled: 'Peatatud. Näha on eelmine tulemus.',
  solveFailed: 'Paare ei õnnestunud arvutada.',

  pairsHeading: (n) => plural('et', n, { one: '# soovitatud paar', other: '# soovitatud paari' }),
  filterLabel: 'Filtreeri paare',
  filterHint: 'Mentii või mentori nimi või tunnus',
  filteredCount: (shown, total) => `Filtrile vastab ${shown} paari ${total}-st`,
  column: (column) => ({ mentee: 'Mentii', mentor: 'Mentor', score: 'Sobivus' })[column],
  columnReasons: 'Miks',
  columnActions: 'Tegevused',
  pin: 'Kinnita',
  pinnedMark: 'kinnitatud',
  exclude: 'Välista',
  swapLabel: (mentee) => `Teine mentor: ${mentee}`,
  swapNone: 'Teisi vaba kohaga mentoreid ega vahetusi pole',
  swapOption: (mentor, score, otherMentee, change, otherChange) => `${mentor} (${score}), vahetus mentiiga ${otherMentee}: siin ${change}, ${otherMentee} ${otherChange}`,
  exchanged: (mentee, mentor, change, otherMentee, otherMentor, otherChange) => `Mentorid vahetatud: ${mentee} – ${mentor} (${change}), ${otherMentee} – ${otherMentor} (${otherChange}).`,
  keepRecord: (name, id) => `Paari hoopis ${name} (${id})`,
  swap: 'Vaheta',
  undo: 'Võta viimane muudatus tagasi',
  nothingToUndo: 'Pole midagi tagasi võtta',
  changeSummary: (added, removed, changed) =>
    added + removed + changed === 0
      ? 'Võrreldes eelmisega: ükski paar ei muutunud.'
      : `Võrreldes eelmisega: lisandus ${added}, eemaldati ${removed}, muutus ${changed} paari.`,
  firstRun: (n) => plural('et', n, { one: 'Esimene arvutus: # soovitatud paar.', other: 'Esimene arvutus: # soovitatud paari.' }),
  markAdded: 'uus',
  markChanged: 'muutunud',
  removedHeading: (n) => `Eelmisest arvutusest eemaldatud paarid: ${n}`,
  showMore: (shown, total) => `Näita rohkem (näha ${shown}/${total})`,
  noPairs: 'Ühtegi paari ei saanud soovitada.',
  noFilterMatch: 'Ükski paar ei vasta filtrile.',
  warningsLabel: 'Hoiatus',
  issuesOfRun: 'Märkused selle arvutuse kohta',

  constraintsHeading: 'Kinnitused ja välistused',
  pinnedPair: (mentee, mentor) => `${mentee} kinnitatud mentoriga ${mentor}`,
  excludedPair: (mentee, mentor) => `${mentee} mitte kunagi mentoriga ${mentor}`,
  remove: 'Eemalda',
  removeLabel: (what) => `Eemalda: ${what}`,
  noConstraints: 'Kinnitusi ega välistusi veel pole.',

  unmatchedHeading: (n) => plural('et', n, { one: '# mentii jäi mentorita', other: '# mentiid jäid mentorita' }),
  freeMentorsHeading: (n) => plural('et', n, { one: '# mentoril on vabu kohti', other: '# mentoril on vabu kohti' }),
  freePlacesLeft: (n) => plural('et', n, { one: '# koht vaba', other: '# kohta vaba' }),
  noneUnmatched: 'Igal mentiil on mentor.',
  noFreeMentors: 'Ühelgi mentoril pole vaba kohta.',
  noMenteesInRun: (inProgramme) => (inProgramme ? 'Laaditud failides pole ühtegi selle programmi mentiid.' : 'Laaditud failides pole ühtegi mentiid.'),
  noMentorsInRun: (inProgramme) => (inProgramme ? 'Laaditud failides pole ühtegi selle programmi mentorit.' : 'Laaditud failides pole ühtegi mentorit.'),

  summaryHeading: 'Kokkuvõte',
  matchedOf: (matched, total) => `${total}-st mentiist said paari ${matched}`,
  meanScore: 'Keskmine sobivus',
  minScore: 'Madalaim sobivus',
  histogramCaption: 'Soovitatud paaride sobivus',
  histogramRange: 'Sobivus',
  histogramCount: 'Paare',
  loadTableCaption: 'Mentorite koormus',
  loadColumn: (column) =>
    ({ mentor: 'Mentor', free: 'Vabu enne', existing: 'Käimas', pinned: 'Kinnitatud', suggested: 'Soovitatud', remaining: 'Jääb' })[column],

  exportHeading: 'Eksport',
  delimiterLabel: 'CSV eraldaja',
  delimiterName: (name) => ({ comma: 'Koma (,)', semicolon: 'Semikoolon (;)', tab: 'Tabulaator' })[name],
  exportCsv: 'Laadi paarid alla (CSV)',
  exportJson: 'Laadi paarid alla (JSON)',
  exportConstraints: 'Laadi kinnitused ja välistused alla',
  importConstraints: 'Laadi kinnitused ja välistused (JSON)',
  exportHint: 'Failid tehakse selles brauseris. Midagi ei lahku sinu arvutist.',
  constraintsLoaded: (pins, exclusions) => `Laaditi ${pins} kinnitust ja ${exclusions} välistust.`,
};

import { plural } from '../utilities/plural.js';
import { issueMessage } from '@mentor-finder/matcher';
import { aboutCell } from './message-params.js';
import type { DataSource, MessageParams, PairPreviewTranslation } from './pair-preview-translation.js';

const sources: Record<DataSource, string> = {
  mentors: 'Mentors',
  mentees: 'Mentees',
  programmes: 'Programmes',
  mapping: 'Column mapping',
  constraints: 'Pins and exclusions',
};
const lower = (source: DataSource) => sources[source].toLowerCase();



export const en: PairPreviewTranslation = {
  $code: 'en',
  $name: 'English',

  regionLabel: 'Mentor pair preview',

  loadHeading: 'Cohort',
  fileLabel: (source) =>
    ({
      mentors: 'Mentors (JSON or CSV)',
      mentees: 'Mentees (JSON or CSV)',
      programmes: 'Programmes (JSON)',
      mapping: 'Column mapping for CSV files (JSON, optional)',
      constraints: 'Load pins and exclusions (JSON)',
    })[source],
  fileHint: 'Files you pick here are read in this browser; they are not uploaded.',
  sourceName: (source) => sources[source],
  loading: (source) => `Loading ${lower(source)}…`,
  loadedCount: (source, n) =>
    source === 'mentors' ? plural('en', n, { one: '# mentor', other: '# mentors' })
    : source === 'mentees' ? plural('en', n, { one: '# mentee', other: '# mentees' })
    : source === 'programmes' ? plural('en', n, { one: '# programme', other: '# programmes' })
    : plural('en', n, { one: '# entry', other: '# entries' }),
  loadFailed: (source, cause) => `${sources[source]} could not be loaded (${cause}).`,
  noValidRecords: (source) => `${sources[source]}: no valid record was found.`,
  issuesHeading: (n) => plural('en', n, { one: '# problem in the data (the valid records are used)', other: '# problems in the data (the valid records are used)' }),
  issueWhere: (source, row, recordId, field, column) =>
    `${sources[source]}${row !== null ? `, row ${row}` : ''}${recordId ? ` (${recordId})` : ''}${field ? `, field “${field}”` : ''}${column ? ` (column “${column}”)` : ''}`,
  validationMessage: (code, field, params) => aboutCell(params, issueMessage(code, params, 'en') ?? `is not valid (${code})`, ['“', '”']),
  emptyState: 'Load mentors and mentees to see suggested pairs.',

  settingsHeading: 'Programme settings',
  programmeLabel: 'Programme',
  noProgramme: 'No programme rules',
  relationshipStart: 'Relationship starts',
  relationshipEnd: 'Relationship ends',
  datesHint: 'Leave empty to use the programme’s relationship window.',
  datesReversed: 'The relationship ends before it starts; the programme’s dates are used until this is corrected.',
  weightsLegend: 'Weights',
  weightLabel: (component) =>
    ({
      topics: 'Goals and topics',
      subjects: 'Subjects',
      schoolLevels: 'School levels',
      language: 'Language level',
      country: 'Same country',
      meetingModes: 'Meeting modes',
      availability: 'Availability',
      freePlaces: 'Free places',
      preferred: 'Preferred mentor',
    })[component],
  resetWeights: 'Reset weights',
  run: 'Suggest pairs',
  rerun: 'Run again',

  solving: 'Finding the best pairs…',
  solvingElapsed: (s) => `Finding the best pairs… ${s} s`,
  cancel: 'Cancel',
  cancelled: 'Stopped. The previous result is still shown.',
  solveFailed: 'The pairs could not be computed.',

  pairsHeading: (n) => plural('en', n, { one: '# suggested pair', other: '# suggested pairs' }),
  filterLabel: 'Filter pairs',
  filterHint: 'Name or id of a mentee or mentor',
  filteredCount: (shown, total) => `${shown} of ${total} pairs match the filter`,
  column: (column) => ({ mentee: 'Mentee', mentor: 'Mentor', score: 'Score' })[column],
  columnReasons: 'Why',
  columnActions: 'Actions',
  pin: 'Pin',
  pinnedMark: 'pinned',
  exclude: 'Exclude',
  swapLabel: (mentee) => `Other mentor for ${mentee}`,
  swapNone: 'No other mentor has room and no exchange is possible',
  swapOption: (mentor, score, otherMentee, change, otherChange) => `${mentor} (${score}), exchange with ${otherMentee}: ${change} here, ${otherChange} for ${otherMentee}`,
  exchanged: (mentee, mentor, change, otherMentee, otherMentor, otherChange) => `Mentors exchanged: ${mentee} with ${mentor} (${change}), ${otherMentee} with ${otherMentor} (${otherChange}).`,
  keepRecord: (name, id) => `Pair ${name} (${id}) instead`,
  swap: 'Swap',
  undo: 'Undo last change',
  nothingToUndo: 'Nothing to undo',
  changeSummary: (added, removed, changed) =>
    added + removed + changed === 0
      ? 'Since the last run: no pair changed.'
      : `Since the last run: ${plural('en', added, { one: '# pair added', other: '# pairs added' })}, ${removed} removed, ${changed} changed.`,
  firstRun: (n) => plural('en', n, { one: 'First run: # pair suggested.', other: 'First run: # pairs suggested.' }),
  markAdded: 'new',
  markChanged: 'changed',
  removedHeading: (n) => plural('en', n, { one: '# pair removed since the last run', other: '# pairs removed since the last run' }),
  showMore: (shown, total) => `Show more (${shown} of ${total} shown)`,
  noPairs: 'No pair could be suggested.',
  noFilterMatch: 'No pair matches the filter.',
  warningsLabel: 'Warning',
  issuesOfRun: 'Notes on this run',

  constraintsHeading: 'Pins and exclusions',
  pinnedPair: (mentee, mentor) => `${mentee} pinned to ${mentor}`,
  excludedPair: (mentee, mentor) => `${mentee} never with ${mentor}`,
  remove: 'Remove',
  removeLabel: (what) => `Remove: ${what}`,
  noConstraints: 'No pins or exclusions yet.',

  unmatchedHeading: (n) => plural('en', n, { one: '# mentee without a mentor', other: '# mentees without a mentor' }),
  freeMentorsHeading: (n) => plural('en', n, { one: '# mentor with free places', other: '# mentors with free places' }),
  freePlacesLeft: (n) => plural('en', n, { one: '# place left', other: '# places left' }),
  noneUnmatched: 'Every mentee has a mentor.',
  noFreeMentors: 'No mentor has a free place left.',
  noMenteesInRun: (inProgramme) => (inProgramme ? 'No mentee in the loaded files belongs to this programme.' : 'The loaded files have no mentee to pair.'),
  noMentorsInRun: (inProgramme) => (inProgramme ? 'No mentor in the loaded files belongs to this programme.' : 'The loaded files have no mentor.'),

  summaryHeading: 'Summary',
  matchedOf: (matched, total) => `${matched} of ${total} mentees matched`,
  meanScore: 'Mean score',
  minScore: 'Lowest score',
  histogramCaption: 'Scores of the suggested pairs',
  histogramRange: 'Score',
  histogramCount: 'Pairs',
  loadTableCaption: 'Load per mentor',
  loadColumn: (column) =>
    ({ mentor: 'Mentor', free: 'Free before', existing: 'Running', pinned: 'Pinned', suggested: 'Suggested', remaining: 'Left' })[column],

  exportHeading: 'Export',
  delimiterLabel: 'CSV delimiter',
  delimiterName: (name) => ({ comma: 'Comma (,)', semicolon: 'Semicolon (;)', tab: 'Tab' })[name],
  exportCsv: 'Download pairs (CSV)',
  exportJson: 'Download pairs (JSON)',
  exportConstraints: 'Download pins and exclusions',
  importConstraints: 'Load pins and exclusions (JSON)',
  exportHint: 'Files are made in this browser. Nothing leaves your computer.',
  constraintsLoaded: (pins, exclusions) =>
    `Loaded ${plural('en', pins, { one: '# pin', other: '# pins' })} and ${plural('en', exclusions, { one: '# exclusion', other: '# exclusions' })}.`,
};

import type { ScoreComponent } from '@mentor-finder/matcher';

/** Where loaded data comes from; problems are listed under these names. */
export type DataSource = 'mentors' | 'mentees' | 'programmes' | 'mapping' | 'constraints';

/** Columns of the pairs table that can be sorted. */
export type PairColumn = 'mentee' | 'mentor' | 'score';

/** CSV delimiters offered for the pairs export. */
export type DelimiterName = 'comma' | 'semicolon' | 'tab';

/** Params of a reason or a validation error, as the catalogue reads them. */
export type MessageParams = Readonly<Record<string, unknown>>;

/**
 * Every string the pair preview shows. Counts and values are functions so each locale can
 * inflect them with `Intl.PluralRules`.
 */
export interface PairPreviewTranslation {
  /** BCP 47 code of this catalogue. */
  $code: string;
  /** The language's own name. */
  $name: string;

  regionLabel: string;

  loadHeading: string;
  fileLabel: (source: DataSource) => string;
  fileHint: string;
  sourceName: (source: DataSource) => string;
  loading: (source: DataSource) => string;
  loadedCount: (source: DataSource, count: number) => string;
  loadFailed: (source: DataSource, cause: string) => string;
  noValidRecords: (source: DataSource) => string;
  issuesHeading: (count: number) => string;
  /** One skipped row or cell: where it is and what is wrong. */
  /** `column`: the CSV column of a cell that could not be read, when it is not the field's own name. */
  issueWhere: (source: DataSource, row: number | null, recordId: string | null, field: string, column?: string) => string;
  validationMessage: (code: string, field: string, params: MessageParams) => string;
  emptyState: string;

  settingsHeading: string;
  programmeLabel: string;
  noProgramme: string;
  relationshipStart: string;
  relationshipEnd: string;
  datesHint: string;
  /** Shown when the chosen end comes before the start. */
  datesReversed: string;
  weightsLegend: string;
  weightLabel: (component: ScoreComponent) => string;
  resetWeights: string;
  run: string;
  rerun: string;

  solving: string;
  solvingElapsed: (seconds: number) => string;
  cancel: string;
  cancelled: string;
  solveFailed: string;

  pairsHeading: (count: number) => string;
  filterLabel: string;
  filterHint: string;
  filteredCount: (shown: number, total: number) => string;
  column: (column: PairColumn) => string;
  columnReasons: string;
  columnActions: string;
  pin: string;
  pinnedMark: string;
  exclude: string;
  swapLabel: (mentee: string) => string;
  swapNone: string;
  /** An alternative mentor who is full: taking them exchanges mentors with another pair; both changes are signed percentages. */
  swapOption: (mentor: string, score: string, otherMentee: string, change: string, otherChange: string) => string;
  /** Announced after an exchange: both new pairs and their score changes. */
  exchanged: (mentee: string, mentor: string, change: string, otherMentee: string, otherMentor: string, otherChange: string) => string;
  /** Button of a mentee who registered twice: take part with this record instead. */
  keepRecord: (name: string, id: string) => string;
  swap: string;
  undo: string;
  nothingToUndo: string;
  changeSummary: (added: number, removed: number, changed: number) => string;
  firstRun: (count: number) => string;
  markAdded: string;
  markChanged: string;
  removedHeading: (count: number) => string;
  showMore: (shown: number, total: number) => string;
  noPairs: string;
  noFilterMatch: string;
  warningsLabel: string;
  issuesOfRun: string;

  constraintsHeading: string;
  pinnedPair: (mentee: string, mentor: string) => string;
  excludedPair: (mentee: string, mentor: string) => string;
  remove: string;
  removeLabel: (what: string) => string;
  noConstraints: string;

  unmatchedHeading: (count: number) => string;
  freeMentorsHeading: (count: number) => string;
  freePlacesLeft: (count: number) => string;
  noneUnmatched: string;
  noFreeMentors: string;
  /** The run has no mentee: none in the files (of the programme, when the run has one). */
  noMenteesInRun: (inProgramme: boolean) => string;
  /** The run has no mentor: none in the files (of the programme, when the run has one). */
  noMentorsInRun: (inProgramme: boolean) => string;

  summaryHeading: string;
  matchedOf: (matched: number, total: number) => string;
  meanScore: string;
  minScore: string;
  histogramCaption: string;
  histogramRange: string;
  histogramCount: string;
  loadTableCaption: string;
  loadColumn: (column: 'mentor' | 'free' | 'existing' | 'pinned' | 'suggested' | 'remaining') => string;

  exportHeading: string;
  delimiterLabel: string;
  delimiterName: (name: DelimiterName) => string;
  exportCsv: string;
  exportJson: string;
  exportConstraints: string;
  importConstraints: string;
  exportHint: string;
  constraintsLoaded: (pins: number, exclusions: number) => string;
}

/** Where an input problem is, worded for a coordinator. */
export interface InputIssuePlace {
  row?: number;
  /** 1-based position in a JSON list. */
  record?: number;
  recordId?: string;
  column?: string;
}

/** Every word of the Markdown pairs report in one language; figures are formatted with the locale. */
export interface ReportTranslation {
  title: string;
  allProgrammes: string;
  strategy: (strategy: string) => string;
  figure: string;
  value: string;
  mentees: string;
  matched: string;
  matchedValue: (matched: string, pinned: string) => string;
  unmatched: string;
  alreadyPaired: string;
  meanScore: string;
  lowestScore: string;
  totalScore: string;
  pairsHeading: string;
  mentee: string;
  mentor: string;
  score: string;
  why: string;
  alternatives: string;
  pinned: string;
  noPairs: string;
  unmatchedHeading: string;
  everyoneMatched: string;
  /** The run has no mentee: none in the input (of the programme, when the run has one). */
  noMentees: (inProgramme: boolean) => string;
  loadHeading: string;
  free: string;
  existing: string;
  pinnedColumn: string;
  newColumn: string;
  left: string;
  notesHeading: string;
  inputProblems: string;
  /** `row 5, id m-1, column "Country"`. */
  place: (place: InputIssuePlace) => string;
  /** Words for a validation or import code that `issueMessage` does not know (the code itself stays beside it). */
  issue: (code: string) => string;
}

/** Error kinds a contact request can end in; each has a message in every locale. */
export type SendFailure = 'network' | 'timeout' | 'rejected' | 'server';

/** Fields of the contact form; validation errors are shown at these. */
export type ContactField = 'name' | 'email' | 'school' | 'message' | 'consent';

/**
 * Every string the finder shows. Plurals and values are functions so each locale can
 * inflect them with `Intl.PluralRules`.
 */
export interface Translation {
  /** BCP 47 code of this catalogue. */
  $code: string;
  /** The language's own name. */
  $name: string;

  regionLabel: string;
  viewsLabel: string;
  tabBrowse: string;
  tabMatch: string;

  searchLabel: string;
  searchHint: string;
  filtersLabel: string;
  /** The button that shows the filters in narrow layouts; `active` filters are on. */
  filtersToggle: (active: number) => string;
  filterLanguage: string;
  filterCountry: string;
  filterSubject: string;
  filterSchoolLevel: string;
  filterTopic: string;
  filterAny: string;
  filterAvailableOnly: string;
  clearFilters: string;
  resultsCount: (count: number) => string;
  showMore: (shown: number, total: number) => string;

  loading: string;
  errorLoad: string;
  errorInvalid: string;
  retryLoad: string;
  emptyNoMentors: string;
  emptyNoResults: string;

  cardLanguages: string;
  cardSubjects: string;
  cardSchoolLevels: string;
  cardTopics: string;
  /** An open mentor's label: public records say whether places are free, not how many. */
  takingRequests: string;
  full: string;
  notAccepting: string;
  levelNative: string;
  contactMentor: (name: string) => string;
  chooseMentor: (name: string) => string;

  matchIntro: string;
  myLanguage: string;
  myLevel: string;
  mySecondLanguage: string;
  mySchoolLevel: string;
  mySubject: string;
  myGoals: string;
  myGoalsHint: string;
  selectNone: string;
  findMentors: string;
  matchResultsCount: (count: number) => string;
  fitStrong: string;
  fitGood: string;
  fitPossible: string;
  fitLabel: string;
  whyThisMentor: string;
  unavailableHeading: (count: number) => string;
  whyNot: string;
  noMatches: string;

  contactTitle: (name: string) => string;
  contactIntro: string;
  yourName: string;
  yourEmail: string;
  yourSchool: string;
  yourMessage: string;
  messageHint: (min: number, max: number) => string;
  optional: string;
  topicsLegend: string;
  consentBefore: string;
  privacyNotice: string;
  consentAfter: string;
  honeypot: string;
  send: string;
  sending: string;
  cancel: string;
  close: string;
  sent: string;
  errorsFound: (count: number) => string;
  fieldRequired: (field: ContactField) => string;
  emailInvalid: string;
  tooShort: (min: number) => string;
  tooLong: (max: number) => string;
  consentRequired: string;
  fieldInvalid: string;
  sendFailed: (failure: SendFailure) => string;
  retry: string;
}

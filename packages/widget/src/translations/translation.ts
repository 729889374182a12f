/** Error kinds a contact request can end in; each has a message in every locale. */
export type SendFailure = 'network' | 'timeout' | 'rejected' | 'server';

/**
 * Why a server refused a contact request: `retryAfter` in seconds for `rate-limited`, `status` for
 * any other refusal (`refused`); `button` is the label of the button that sends again.
 */
export interface SendRefusal {
  code: 'contact-requests-closed' | 'mentor-full' | 'not-accepting-requests' | 'mentor-not-found' | 'idempotency-conflict' | 'rate-limited' | 'refused';
  retryAfter?: number;
  status?: number;
  button: string;
}

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
  /** Heading of the mentors offered when a search's words are not found together. */
  someWordsTitle: string;
  /** Said after the count when those mentors follow the list. */
  someWordsFollow: string;

  cardLanguages: string;
  /** Card row of the meeting modes, the town for meeting in person in brackets. */
  cardMeeting: string;
  cardSubjects: string;
  cardSchoolLevels: string;
  cardTopics: string;
  /** An open mentor's label: public records say whether places are free, not how many. */
  takingRequests: string;
  full: string;
  notAccepting: string;
  /** The mentor's programme or state means the site does not relay requests (public `takesRequests: false`). */
  notTakingHere: string;
  /** From the public `usuallyAnswersWithinDays`. */
  answersWithin: (days: number) => string;
  levelNative: string;
  contactMentor: (name: string) => string;
  chooseMentor: (name: string) => string;

  matchIntro: string;
  myLanguage: string;
  myLevel: string;
  /** The level select beside the optional second language; a name of its own for screen readers. */
  mySecondLevel: string;
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
  /** Said to screen readers after a link that opens a new tab, with its leading space. */
  newTab: string;
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
  /** Under the consent box after the server refused a consent to an older notice; `version` is the one in force. */
  noticeChanged: (version: string) => string;
  fieldInvalid: string;
  sendFailed: (failure: SendFailure) => string;
  /**
   * What the server said when it refused a request (403, 404, 409, 429). Optional: the contact
   * form brings its own wording in each language; set it to override.
   */
  sendRefused?: (refusal: SendRefusal) => string;
  /** Wording of a field error the server reported by code (e.g. `contains-email`); optional like `sendRefused`. */
  serverFieldError?: (code: string, field: ContactField) => string | undefined;
  retry: string;
}

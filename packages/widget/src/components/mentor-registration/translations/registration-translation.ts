import type { LanguageLevel, RuleName } from '@mentor-finder/matcher';

/** Who registers: a mentor offering help or a mentee asking for it. */
export type RegistrationKind = 'mentor' | 'mentee';

/** How a send ended when it did not succeed; each has a message in every locale. */
export type RegistrationFailure = 'network' | 'timeout' | 'rejected' | 'server' | 'duplicate' | 'rate-limited';

/** Consents a registration can record; which are asked depends on the kind. */
export type ConsentName = 'privacy' | 'publishProfile' | 'contactRequests' | 'matching' | 'shareWithMentor';

/** One programme rule as the form states it before sending; `labels` and `date` are already worded. */
export interface RuleSummary {
  name: RuleName;
  value?: number;
  /** The day a dated rule is checked on, formatted for the reader. */
  date?: string;
  /** Certificate types the rule accepts, labelled. */
  labels?: readonly string[];
  organisation?: string;
}

/** Sections of the form, in order. */
export type SectionName = 'about' | 'languages' | 'expertise' | 'eligibility' | 'availability' | 'goals' | 'consent';

/**
 * Every string `<mentor-registration>` shows. Counts and values are functions so each locale
 * can inflect them with `Intl.PluralRules`.
 */
export interface RegistrationTranslation {
  /** BCP 47 code of this catalogue. */
  $code: string;
  /** The language's own name. */
  $name: string;

  title: (kind: RegistrationKind) => string;
  intro: (kind: RegistrationKind, programme: string) => string;
  loading: string;
  loadFailed: string;
  programmeNotFound: (id: string) => string;
  section: (name: SectionName) => string;
  required: string;
  optional: string;
  choose: string;

  givenName: string;
  familyName: string;
  email: string;
  emailHint: string;
  /** The e-mail hint where the address is not confirmed by a link (mentees: a coordinator reviews the registration). */
  emailHintReviewed: string;
  country: string;
  region: string;
  regionHint: string;
  timezone: string;
  role: string;
  yearsInProfession: string;

  languagesHint: string;
  language: (index: number) => string;
  level: (index: number) => string;
  levelName: (level: LanguageLevel) => string;
  addLanguage: string;
  removeLanguage: (index: number) => string;

  subjects: string;
  schoolLevels: string;
  topics: (kind: RegistrationKind) => string;
  topicsHint: (kind: RegistrationKind) => string;
  bio: string;
  bioHint: string;

  yearsOfExperience: (min: number) => string;
  certificate: string;
  certificateType: string;
  certificateValidUntil: string;
  trainingCompleted: string;
  trainingCompletedOn: string;
  etwinningProjects: (min: number) => string;
  nationalQualityLabels: (min: number) => string;
  membershipPaidUntil: (organisation: string) => string;
  etwinningStatus: string;
  etwinningStatusName: (status: string) => string;
  goalsSet: string;
  participationFeePaid: string;
  eligibilityHint: string;

  maxMentees: string;
  maxMenteesHint: (recommended: number, max: number) => string;
  availableFrom: string;
  availableTo: string;
  weekly: string;
  weeklyHint: string;
  dayName: (day: string) => string;
  day: (index: number) => string;
  start: (index: number) => string;
  end: (index: number) => string;
  addSlot: string;
  removeSlot: (index: number) => string;
  meetingModes: string;
  inPersonArea: string;
  sameCountryOnly: string;

  goals: string;
  goalsHint: string;
  /** Beside the bio or the goals: the language they are written in (the form's or one the person listed). */
  textLanguage: string;

  /** A consent's text; the privacy one links `privacyNotice` between `before` and `after`. */
  consentText: (name: Exclude<ConsentName, 'privacy'>) => string;
  privacyBefore: (kind: RegistrationKind) => string;
  privacyNotice: string;
  /** Said to screen readers after a link that opens a new tab, with its leading space. */
  newTab: string;
  privacyAfter: (kind: RegistrationKind) => string;
  noticeVersion: (version: string) => string;
  /** On the profile update page, when the stored consent was given for another notice version. */
  noticeChanged: (acceptedVersion: string) => string;

  submit: (kind: RegistrationKind) => string;
  sending: string;
  retry: string;
  draftSaved: string;
  sentTitle: string;
  sent: (email: string) => string;
  /** After sending, where no confirmation link is sent: the coordinators will write. */
  receivedTitle: string;
  received: (email: string) => string;
  errorsFound: (count: number) => string;
  sendFailed: (failure: RegistrationFailure, status?: number) => string;

  /** A validation error at a field, from its code and params. */
  fieldError: (code: string, params: Readonly<Record<string, unknown>>) => string;
  consentRequired: string;
  /** The same on the profile update page, where the form saves rather than registers. */
  consentRequiredToSave: string;
  honeypot: string;

  /** The programme's rules, listed before sending. */
  rulesTitle: string;
  rulesHint: string;
  rule: (rule: RuleSummary) => string;

  /** The mentor's own profile, opened from a mailed link. */
  updateTitle: string;
  save: string;
  saved: string;
  emailFixed: string;
  profileLoadFailed: string;
}

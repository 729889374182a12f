/** ISO 3166-1 alpha-2, upper case (e.g. `EE`, `GR`; never `EL` or `UK`). */
export type CountryCode = string;
/** ISO 639-1, lower case (e.g. `et`, `uk`). */
export type LanguageCode = string;
/** `YYYY-MM-DD`. */
export type IsoDate = string;
/** ISO 8601 timestamp in UTC. */
export type IsoTimestamp = string;

/** CEFR levels plus `native`, lowest first. */
export const LANGUAGE_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
/** One of LANGUAGE_LEVELS. */
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

/** A language and how well the person speaks it. */
export interface LanguageSkill {
  code: LanguageCode;
  level: LanguageLevel;
}

/** Text keyed by ISO 639-1 language code, at least one key. Plain text, never HTML. */
export type LocalizedText = Record<LanguageCode, string>;

/** Days of the week as weekly slots name them, Monday first. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** One of WEEKDAYS. */
export type Weekday = (typeof WEEKDAYS)[number];

/** A recurring weekly time, in the person's own time zone. */
export interface WeeklySlot {
  day: Weekday;
  /** `HH:MM`, local to the person's time zone. */
  start: string;
  end: string;
}

/** Ways a pair can meet. */
export const MEETING_MODES = ['in-person', 'video', 'phone', 'chat'] as const;
/** One of MEETING_MODES. */
export type MeetingMode = (typeof MEETING_MODES)[number];

/** School levels a teacher works at (ISCED-like buckets). */
export const SCHOOL_LEVELS = ['early-childhood', 'primary', 'lower-secondary', 'upper-secondary', 'vet'] as const;
/** One of SCHOOL_LEVELS. */
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

/** Professional roles of mentors and mentees. */
export const ROLES = [
  'teacher',
  'head-teacher',
  'librarian',
  'ecec-teacher',
  'vet-teacher',
  'special-needs-teacher',
  'career-counsellor',
  'career-specialist',
  'career-information-specialist',
  'hr-specialist',
  'hr-manager',
  'other',
] as const;
/** One of ROLES. */
export type Role = (typeof ROLES)[number];

/** Professional certificates that programme rules can ask for. */
export const CERTIFICATE_TYPES = [
  'career-specialist',
  'career-counsellor',
  'career-information-specialist',
  'hr-specialist',
  'hr-manager',
] as const;
/** One of CERTIFICATE_TYPES. */
export type CertificateType = (typeof CERTIFICATE_TYPES)[number];

/** What a person agreed to, and when; publication needs `publishProfile`. */
export interface Consent {
  publishProfile?: boolean;
  contactRequests?: boolean;
  matching?: boolean;
  shareWithMentor?: boolean;
  givenAt: IsoTimestamp;
  noticeVersion: string;
}

/** Membership of an association, checked by `membershipPaidOn` rules. */
export interface Membership {
  organisation: string;
  paidUntil: IsoDate;
}

/** ISO 3166-1 alpha-2, upper case (e.g. `EE`, `GR`; never `EL` or `UK`). */
export type CountryCode = string;
/** ISO 639-1, lower case (e.g. `et`, `uk`). */
export type LanguageCode = string;
/** `YYYY-MM-DD`. */
export type IsoDate = string;
/** ISO 8601 timestamp in UTC. */
export type IsoTimestamp = string;

export const LANGUAGE_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

export interface LanguageSkill {
  code: LanguageCode;
  level: LanguageLevel;
}

/** Text keyed by ISO 639-1 language code, at least one key. Plain text, never HTML. */
export type LocalizedText = Record<LanguageCode, string>;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface WeeklySlot {
  day: Weekday;
  /** `HH:MM`, local to the person's time zone. */
  start: string;
  end: string;
}

export const MEETING_MODES = ['in-person', 'video', 'phone', 'chat'] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];

export const SCHOOL_LEVELS = ['early-childhood', 'primary', 'lower-secondary', 'upper-secondary', 'vet'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

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
export type Role = (typeof ROLES)[number];

export const CERTIFICATE_TYPES = [
  'career-specialist',
  'career-counsellor',
  'career-information-specialist',
  'hr-specialist',
  'hr-manager',
] as const;
export type CertificateType = (typeof CERTIFICATE_TYPES)[number];

export interface Consent {
  publishProfile?: boolean;
  contactRequests?: boolean;
  matching?: boolean;
  shareWithMentor?: boolean;
  givenAt: IsoTimestamp;
  noticeVersion: string;
}

export interface Membership {
  organisation: string;
  paidUntil: IsoDate;
}

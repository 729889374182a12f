import type {
  Consent,
  CountryCode,
  IsoDate,
  IsoTimestamp,
  LanguageCode,
  LanguageSkill,
  MeetingMode,
  Membership,
  Role,
  SchoolLevel,
  WeeklySlot,
} from './shared.js';

/** How far a mentee has got in eTwinning, from the registration form. */
export const ETWINNING_STATUSES = ['not-registered', 'registered', 'one-project', 'several-projects'] as const;
/** One of ETWINNING_STATUSES. */
export type EtwinningStatus = (typeof ETWINNING_STATUSES)[number];

/** What the mentee asks of a mentor: meeting modes, country, named or excluded mentors. */
export interface MenteePreferences {
  meetingModes: MeetingMode[];
  /** Hard filter when true. */
  sameCountryOnly?: boolean;
  /** Soft bonus, at most three. */
  preferredMentorIds?: string[];
  /** Hard filter (conflict of interest). */
  excludedMentorIds?: string[];
  inPersonArea?: string;
}

/** Personal data of a mentee; coordinators only, never published. */
export interface MenteePrivate {
  givenName: string;
  familyName: string;
  email: string;
  membership?: Membership;
  consent: Consent;
  submittedAt: IsoTimestamp;
  coordinatorNotes?: string;
}

/** A registered mentee, as a coordinator's cohort holds it. */
export interface Mentee {
  id: string;
  programmeId: string;
  displayName: string;
  country: CountryCode;
  region?: string;
  timezone: string;
  languages: LanguageSkill[];
  role: Role;
  subjects?: string[];
  schoolLevels?: SchoolLevel[];
  experience: {
    yearsInProfession: number;
    etwinning?: { status: EtwinningStatus; projects?: number };
  };
  goals: { text: string; lang: LanguageCode | null };
  /** Ticked topic boxes; often empty, so topics are also inferred from the goals. */
  topics?: string[];
  preferences: MenteePreferences;
  availability: { from: IsoDate; to: IsoDate; weekly: WeeklySlot[] };
  eligibility?: { goalsSet: boolean; participationFeePaid: boolean };
  private: MenteePrivate;
}

/**
 * A visitor's query in the finder: a transient mentee with only what matching needs.
 * Everything but languages is optional.
 */
export interface MenteeQuery {
  id?: string;
  programmeId?: string;
  country?: CountryCode;
  /** Where the visitor lives; with no town for meeting in person, regions tell whether it is close. */
  region?: string;
  languages: LanguageSkill[];
  role?: Role;
  subjects?: string[];
  schoolLevels?: SchoolLevel[];
  experience?: Mentee['experience'];
  goals?: { text: string; lang?: LanguageCode | null };
  topics?: string[];
  preferences?: Partial<MenteePreferences>;
  availability?: Partial<Mentee['availability']>;
  eligibility?: Mentee['eligibility'];
  private?: Partial<MenteePrivate>;
}

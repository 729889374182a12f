import type {
  CertificateType,
  Consent,
  CountryCode,
  IsoDate,
  IsoTimestamp,
  LanguageSkill,
  LocalizedText,
  MeetingMode,
  Membership,
  Role,
  SchoolLevel,
  WeeklySlot,
} from './shared.js';

/** Only `active` mentors are published and matched. */
export const MENTOR_STATUSES = ['active', 'paused', 'retired'] as const;
/** One of MENTOR_STATUSES. */
export type MentorStatus = (typeof MENTOR_STATUSES)[number];

/** A mentor's eTwinning track record, read by the programme rules. */
export interface EtwinningRecord {
  sinceYear?: number;
  projects?: number;
  nationalQualityLabels?: number;
  europeanQualityLabels?: number;
  ambassador?: boolean;
}

/** What programme rules check: experience, certificates, mentor training. */
export interface MentorEligibility {
  yearsOfExperience: number;
  certificates?: { type: CertificateType; validUntil: IsoDate }[];
  mentorTraining: { completed: boolean; completedOn?: IsoDate };
}

/** When and how a mentor can meet: date window, weekly slots, modes, town for in-person meetings. */
export interface MentorAvailability {
  from: IsoDate;
  to: IsoDate;
  weekly?: WeeklySlot[];
  meetingModes: MeetingMode[];
  /** Town where in-person meetings are possible. */
  inPersonArea?: string;
}

/** Fields every mentor view shares, public or not. */
export interface MentorBase {
  id: string;
  programmeId: string;
  status: MentorStatus;
  displayName: string;
  country: CountryCode;
  region?: string;
  timezone: string;
  languages: LanguageSkill[];
  role: Role;
  subjects?: string[];
  schoolLevels?: SchoolLevel[];
  topics: string[];
  keyCompetences?: string[];
  bio: LocalizedText;
  /** https URL of a photo hosted by the site. */
  photoUrl?: string;
  experience: { yearsInProfession: number; etwinning?: EtwinningRecord };
  eligibility: MentorEligibility;
  availability: MentorAvailability;
}

/** Personal and administrative data of a mentor; stays with the coordinator. */
export interface MentorPrivate {
  givenName: string;
  familyName: string;
  email: string;
  membership?: Membership;
  consent: Consent;
  /** Mentee ids this mentor must never be paired with. */
  conflictsWith?: string[];
  coordinatorNotes?: string;
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}

/** The full record, for coordinators and servers only. */
export interface Mentor extends MentorBase {
  capacity: { maxMentees: number; currentMentees: number; acceptingRequests: boolean };
  private: MentorPrivate;
}

/** Public capacity: whether a mentor still has a free place, without the count. */
export const CAPACITY_STATUSES = ['available', 'full'] as const;
/** One of CAPACITY_STATUSES. */
export type CapacityStatus = (typeof CAPACITY_STATUSES)[number];

/** What may reach a public browser: no `private`, no current mentee count. */
export interface PublicMentor extends MentorBase {
  capacity: { maxMentees: number; status: CapacityStatus; acceptingRequests: boolean };
  /**
   * Whether the site relays contact requests to this mentor now: the programme is open to public
   * requests, the mentor is active, accepting requests and has a free place. Absent when the view
   * was made without the programmes (then a client falls back to `capacity`).
   */
  takesRequests?: boolean;
  /** Median days to an answer, rounded up; only once the mentor has answered at least 3 requests. */
  usuallyAnswersWithinDays?: number;
}

/** How a mentor has answered requests relayed by the site; the server counts these. */
export interface ReplyStats {
  /** Requests answered (accepted or declined). */
  answered: number;
  /** Median time from receipt to answer, in days (fractions allowed). */
  medianDaysToAnswer: number;
}

/** Either view; scoring and search accept both. */
export type AnyMentor = Mentor | PublicMentor;

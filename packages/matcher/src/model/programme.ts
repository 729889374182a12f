import type { CountryCode, IsoDate, LocalizedText, MeetingMode } from './shared.js';

/** Kinds of programme; they differ in which rules apply. */
export const PROGRAMME_KINDS = ['etwinning', 'association', 'other'] as const;
/** One of PROGRAMME_KINDS. */
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

/** Which date of the relationship a dated rule is checked on. */
export type RuleDate = 'relationshipStart' | 'relationshipEnd';

/** Eligibility rules: a closed set, each failure becomes a reason code. */
export type Rule =
  | { rule: 'minYearsOfExperience'; value: number }
  | { rule: 'certificateAnyOf'; types: string[]; validOn: RuleDate }
  | { rule: 'mentorTrainingCompleted' }
  | { rule: 'membershipPaidOn'; date: RuleDate }
  | { rule: 'goalsSet' }
  | { rule: 'participationFeePaid' }
  | { rule: 'minEtwinningProjects'; value: number }
  | { rule: 'minNationalQualityLabels'; value: number };

/** Name of an eligibility rule, e.g. `minYearsOfExperience`. */
export type RuleName = Rule['rule'];

/** A mentoring programme: its period, relationship window and eligibility rules. */
export interface Programme {
  id: string;
  kind: ProgrammeKind;
  name: LocalizedText;
  organiser?: { name: string; country?: CountryCode };
  period: { from: IsoDate; to: IsoDate };
  relationshipWindow: { from: IsoDate; to: IsoDate };
  minMeetings?: number;
  meetingModes?: MeetingMode[];
  capacity?: { recommendedMaxMentees?: number; maxMentees?: number };
  vocabularies?: { topics?: string; subjects?: string; schoolLevels?: string; roles?: string };
  mentorRules?: Rule[];
  menteeRules?: Rule[];
  endingRules?: { eitherPartyMayEnd?: boolean };
  feedback?: { collectAt?: 'end' | 'midpoint-and-end' };
  contact?: {
    allowPublicContactRequests?: boolean;
    maxMessageLength?: number;
    /** Days a mentor has to answer a relayed request before the requester is told and offered others (1-60). */
    replyWindowDays?: number;
  };
  retention?: { contactRequestsDays?: number; menteeRecordsMonthsAfterEnd?: number; profileReconfirmMonths?: number };
}

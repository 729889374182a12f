export const CELL_TYPES = [
  'string',
  'nullable',
  'integer',
  'number',
  'boolean',
  'date',
  'timestamp',
  'country',
  'list',
  'languages',
  'weekly',
  'certificates',
  'json',
] as const;
export type CellType = (typeof CELL_TYPES)[number];

/**
 * Types of the Mentor and Mentee fields that are not plain strings, by dotted path. Used when a
 * column names its field without a type, and by the default mapping (headers are field paths).
 */
export const FIELD_TYPES: Readonly<Record<string, CellType>> = Object.freeze({
  country: 'country',
  languages: 'languages',
  subjects: 'list',
  schoolLevels: 'list',
  topics: 'list',
  keyCompetences: 'list',
  'experience.yearsInProfession': 'integer',
  'experience.etwinning.sinceYear': 'integer',
  'experience.etwinning.projects': 'integer',
  'experience.etwinning.nationalQualityLabels': 'integer',
  'experience.etwinning.europeanQualityLabels': 'integer',
  'experience.etwinning.ambassador': 'boolean',
  'eligibility.yearsOfExperience': 'integer',
  'eligibility.certificates': 'certificates',
  'eligibility.mentorTraining.completed': 'boolean',
  'eligibility.mentorTraining.completedOn': 'date',
  'eligibility.goalsSet': 'boolean',
  'eligibility.participationFeePaid': 'boolean',
  'capacity.maxMentees': 'integer',
  'capacity.currentMentees': 'integer',
  'capacity.acceptingRequests': 'boolean',
  'availability.from': 'date',
  'availability.to': 'date',
  'availability.weekly': 'weekly',
  'availability.meetingModes': 'list',
  'goals.lang': 'nullable',
  'preferences.meetingModes': 'list',
  'preferences.sameCountryOnly': 'boolean',
  'preferences.preferredMentorIds': 'list',
  'preferences.excludedMentorIds': 'list',
  'private.membership.paidUntil': 'date',
  'private.consent.publishProfile': 'boolean',
  'private.consent.contactRequests': 'boolean',
  'private.consent.matching': 'boolean',
  'private.consent.shareWithMentor': 'boolean',
  'private.consent.givenAt': 'timestamp',
  'private.conflictsWith': 'list',
  'private.createdAt': 'timestamp',
  'private.updatedAt': 'timestamp',
  'private.submittedAt': 'timestamp',
});

export function fieldType(field: string): CellType {
  return FIELD_TYPES[field] ?? 'string';
}

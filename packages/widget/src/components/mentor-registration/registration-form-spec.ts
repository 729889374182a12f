import { CAREER_TOPICS, ETWINNING_TOPICS, MEETING_MODES, ROLES, SCHOOL_LEVELS, SUBJECTS, type Programme, type Rule, type RuleName } from '@mentor-finder/matcher';
import type { RegistrationKind } from './translations/registration-translation.js';

/** Role lists a programme can name in `vocabularies.roles`. */
const ROLE_VOCABULARIES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'school-staff': ['teacher', 'head-teacher', 'librarian', 'ecec-teacher', 'vet-teacher', 'special-needs-teacher', 'other'],
  'career-professional': ['career-counsellor', 'career-specialist', 'career-information-specialist', 'hr-specialist', 'hr-manager', 'other'],
});
const TOPIC_VOCABULARIES: Readonly<Record<string, readonly string[]>> = Object.freeze({ etwinning: ETWINNING_TOPICS, career: CAREER_TOPICS });

/** A rule of the programme the server checks this kind against, as data; the template words it. */
export interface FormRule {
  name: RuleName;
  value?: number;
  /** ISO day a dated rule is checked on (the relationship's start or end). */
  on?: string;
  types?: readonly string[];
  organisation?: string;
}

const RULES_OF: Readonly<Record<RegistrationKind, readonly RuleName[]>> = Object.freeze({
  mentor: ['minYearsOfExperience', 'certificateAnyOf', 'mentorTrainingCompleted', 'membershipPaidOn', 'minEtwinningProjects', 'minNationalQualityLabels'],
  mentee: ['goalsSet', 'participationFeePaid', 'membershipPaidOn'],
});

/** What the form asks, derived from the programme's vocabularies and the rules for this kind. */
export interface RegistrationFormSpec {
  kind: RegistrationKind;
  roles: readonly string[];
  topics: readonly string[];
  /** Empty when the programme has no subject vocabulary: the field is not shown. */
  subjects: readonly string[];
  schoolLevels: readonly string[];
  meetingModes: readonly string[];
  capacity: { recommended: number; max: number };
  minYearsOfExperience?: number;
  certificateTypes?: readonly string[];
  mentorTraining: boolean;
  minEtwinningProjects?: number;
  minNationalQualityLabels?: number;
  /** Organisation whose membership must be paid, when a `membershipPaidOn` rule applies. */
  membership?: string;
  goalsSet: boolean;
  participationFeePaid: boolean;
  etwinningStatus: boolean;
  /** The rules, in the programme's order, shown before sending. */
  rules: readonly FormRule[];
}

function find<N extends Rule['rule']>(rules: readonly Rule[], name: N): Extract<Rule, { rule: N }> | undefined {
  return rules.find((rule): rule is Extract<Rule, { rule: N }> => rule.rule === name);
}

/** The fields one programme asks of a mentor or a mentee: only what its rules and vocabularies need. */
export function registrationFormSpec(programme: Programme, kind: RegistrationKind): RegistrationFormSpec {
  const rules = (kind === 'mentor' ? programme.mentorRules : programme.menteeRules) ?? [];
  const vocabularies = programme.vocabularies ?? {};
  const max = Math.max(1, programme.capacity?.maxMentees ?? 3);
  const certificate = find(rules, 'certificateAnyOf');
  const years = find(rules, 'minYearsOfExperience');
  const projects = find(rules, 'minEtwinningProjects');
  const labels = find(rules, 'minNationalQualityLabels');
  const spec: RegistrationFormSpec = {
    kind,
    roles: ROLE_VOCABULARIES[vocabularies.roles ?? ''] ?? ROLES,
    topics: TOPIC_VOCABULARIES[vocabularies.topics ?? ''] ?? (programme.kind === 'association' ? CAREER_TOPICS : ETWINNING_TOPICS),
    subjects: vocabularies.subjects ? SUBJECTS : [],
    schoolLevels: vocabularies.schoolLevels ? SCHOOL_LEVELS : [],
    meetingModes: programme.meetingModes?.length ? programme.meetingModes : MEETING_MODES,
    capacity: { recommended: Math.min(max, Math.max(1, programme.capacity?.recommendedMaxMentees ?? 1)), max },
    mentorTraining: Boolean(find(rules, 'mentorTrainingCompleted')),
    goalsSet: Boolean(find(rules, 'goalsSet')),
    participationFeePaid: Boolean(find(rules, 'participationFeePaid')),
    etwinningStatus: kind === 'mentee' && programme.kind === 'etwinning',
    rules: rules.filter((rule) => RULES_OF[kind].includes(rule.rule)).map((rule) => formRule(rule, programme)),
  };
  if (years) spec.minYearsOfExperience = years.value;
  if (certificate) spec.certificateTypes = certificate.types;
  if (projects) spec.minEtwinningProjects = projects.value;
  if (labels) spec.minNationalQualityLabels = labels.value;
  if (find(rules, 'membershipPaidOn')) spec.membership = programme.organiser?.name ?? programme.id;
  return spec;
}

function formRule(rule: Rule, programme: Programme): FormRule {
  const window = programme.relationshipWindow;
  const day = (on: unknown): string => (on === 'relationshipEnd' ? window.to : window.from);
  switch (rule.rule) {
    case 'certificateAnyOf':
      return { name: rule.rule, types: rule.types, on: day(rule.validOn) };
    case 'membershipPaidOn':
      return { name: rule.rule, on: day(rule.date), organisation: programme.organiser?.name ?? programme.id };
    case 'minYearsOfExperience':
    case 'minEtwinningProjects':
    case 'minNationalQualityLabels':
      return { name: rule.rule, value: rule.value };
    default:
      return { name: rule.rule };
  }
}

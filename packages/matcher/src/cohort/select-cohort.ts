import type { AnyMentor, Mentee, Programme, Reason } from '../model/index.js';
import { compareCodeUnits } from '../text/compare-code-units.js';
import { findDuplicateMentees, findDuplicateMentors } from './find-duplicate-mentees.js';
import { findUnknownTopics } from './find-unknown-topics.js';
import { capToProgramme } from './programme-capacity.js';
import type { TopicVocabulary } from '../topics/create-topic-vocabulary.js';

export interface Cohort {
  /** Sorted by id so that ties in the solver fall to the lower id. */
  mentees: Mentee[];
  mentors: AnyMentor[];
  issues: Reason[];
}

function outside(kind: 'mentee' | 'mentor', ids: string[], programme: string): Reason[] {
  return ids.length === 0 ? [] : [{ code: 'outside-programme', effect: 'negative', params: { kind, programme, ids: [...ids].sort(compareCodeUnits) } }];
}

/**
 * Keeps the programme's people (everyone without a programme), sorted by id, mentors held to the
 * programme's most mentees per mentor; others are reported, and so are people who registered twice
 * and topics the programme's list does not have.
 */
export function selectCohort(mentees: readonly Mentee[], mentors: readonly AnyMentor[], programme?: Programme, vocabulary?: TopicVocabulary): Cohort {
  const inside = (p: { programmeId: string }) => !programme || p.programmeId === programme.id;
  const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => compareCodeUnits(a.id, b.id));
  const keptMentees = byId(mentees.filter(inside));
  const { mentors: keptMentors, issues: capacityIssues } = capToProgramme(byId(mentors.filter(inside)), programme);
  const issues = programme
    ? [
        ...outside('mentee', mentees.filter((m) => !inside(m)).map((m) => m.id), programme.id),
        ...outside('mentor', mentors.filter((m) => !inside(m)).map((m) => m.id), programme.id),
      ]
    : [];
  return {
    mentees: keptMentees,
    mentors: keptMentors,
    issues: [
      ...issues,
      ...capacityIssues,
      ...findUnknownTopics(keptMentees, keptMentors, programme, vocabulary),
      ...findDuplicateMentees(keptMentees),
      ...findDuplicateMentors(keptMentors),
    ],
  };
}

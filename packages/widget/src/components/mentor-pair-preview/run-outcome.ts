import type { Mentee, Mentor, Programme, Suggestion } from '@mentor-finder/matcher';
import type { PairPreviewTranslation } from '../../pair-preview-translations/pair-preview-translation.js';
import { diffPairs, type PairChanges } from './diff-pairs.js';

/** A finished run and what it changed since the run before. */
export interface RunOutcome {
  suggestion: Suggestion;
  changes: PairChanges | null;
  /** The people the run was given, so names stay right after a new load. */
  mentors: ReadonlyMap<string, Mentor>;
  mentees: ReadonlyMap<string, Mentee>;
  programme: Programme | undefined;
  /** The loaded lists it ran on: a run on other lists is not compared with it. */
  lists: readonly unknown[];
}

/** The loaded lists a run was given, and the programme it applied. */
export interface RunCohort {
  mentors: readonly Mentor[];
  mentees: readonly Mentee[];
  programmes: readonly Programme[];
  programme: Programme | undefined;
}

/** A run's outcome, compared with the previous one when both ran on the same lists (null changes otherwise). */
export function runOutcome(suggestion: Suggestion, cohort: RunCohort, previous: RunOutcome | undefined): RunOutcome {
  const lists = [cohort.mentors, cohort.mentees, cohort.programmes];
  const comparable = previous?.lists.every((list, i) => list === lists[i]) ? previous : undefined;
  return {
    lists,
    suggestion,
    changes: comparable ? diffPairs(comparable.suggestion.pairs, suggestion.pairs) : null,
    mentors: new Map(cohort.mentors.map((m) => [m.id, m])),
    mentees: new Map(cohort.mentees.map((m) => [m.id, m])),
    programme: cohort.programme,
  };
}

/** A person's name in the records the run was given; the id when the run does not know them. */
export function personName(outcome: RunOutcome | undefined, kind: 'mentor' | 'mentee', id: string): string {
  return (kind === 'mentor' ? outcome?.mentors : outcome?.mentees)?.get(id)?.displayName ?? id;
}

/** What a run changed since the last one, or for a first run how many pairs it found. */
export function runSummary(t: PairPreviewTranslation, suggestion: Suggestion, changes: PairChanges | null): string {
  return changes ? t.changeSummary(changes.added.length, changes.removed.length, changes.changed.length) : t.firstRun(suggestion.pairs.length);
}

import type { Mentee, Mentor, Programme, ScoreWeights, SuggestInput, SuggestOptions } from '@mentor-finder/matcher';
import type { PairConstraints } from './pair-constraints.js';

/** What a run is given: the cohort, the coordinator's constraints and settings. */
export interface RunSettings {
  mentors: readonly Mentor[];
  mentees: readonly Mentee[];
  programme: Programme | undefined;
  constraints: PairConstraints;
  weights: Readonly<ScoreWeights>;
  /** Relationship dates typed by the coordinator; '' where none was typed. */
  start: string;
  end: string;
}

export interface RelationshipDates {
  start: string | undefined;
  end: string | undefined;
}

/** The typed dates, each falling back to the programme's relationship window. */
export function relationshipDates(settings: Pick<RunSettings, 'programme' | 'start' | 'end'>): RelationshipDates {
  const window = settings.programme?.relationshipWindow;
  return { start: settings.start || window?.from, end: settings.end || window?.to };
}

/** The relationship would end before it starts. */
export function datesReversed(settings: Pick<RunSettings, 'programme' | 'start' | 'end'>): boolean {
  const { start, end } = relationshipDates(settings);
  return Boolean(start && end && end < start);
}

/** The matcher's input and options for one run. */
export function runRequest(settings: RunSettings): { input: SuggestInput; options: SuggestOptions } {
  const { programme, constraints } = settings;
  const input: SuggestInput = {
    mentors: settings.mentors,
    mentees: settings.mentees,
    pins: constraints.pins,
    exclusions: constraints.exclusions,
    ...(programme ? { programme } : {}),
  };
  const { start, end } = relationshipDates(settings);
  // Reversed dates are shown as an error at the fields; the programme's window serves meanwhile.
  const datesSet = Boolean(settings.start || settings.end) && !datesReversed(settings);
  const options: SuggestOptions = {
    weights: { ...settings.weights },
    ...(constraints.keep?.length ? { duplicates: { chosen: constraints.keep } } : {}),
    ...(datesSet && start && end ? { relationship: { start, end } } : {}),
  };
  return { input, options };
}

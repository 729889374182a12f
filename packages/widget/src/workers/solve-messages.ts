import type { SuggestInput, Suggestion, SuggestOptions } from '@mentor-finder/matcher';
import type { CohortSource } from '../components/mentor-pair-preview/cohort-data-controller.js';
import type { ReadRecords } from '../components/mentor-pair-preview/read-records.js';

/** One cohort to solve, as `solveCohort` takes it. */
export interface SolveRequest {
  id: number;
  input: SuggestInput;
  options: SuggestOptions;
}

/** The people of a run; sent to the worker only when they change, since copying them costs the page time. */
export type SolveCohort = Pick<SuggestInput, 'mentors' | 'mentees' | 'programme'>;

/** What the page posts to the worker: the coordinator's lists and options, and the cohort when it is new. */
export interface WorkerRequest {
  id: number;
  cohort?: SolveCohort;
  constraints: Pick<SuggestInput, 'pins' | 'exclusions' | 'existingPairs'>;
  options: SuggestOptions;
}

/** What the worker answers: the suggestion, or the error's message. */
export type SolveResponse =
  | { id: number; ok: true; suggestion: Suggestion; ms: number }
  | { id: number; ok: false; message: string };

/** A CSV file to read into records off the main thread, with the column mapping (null: from the headers). */
export interface ReadCsvRequest {
  kind: 'read-csv';
  id: number;
  source: CohortSource;
  text: string;
  mapping: unknown;
}

/** The records and issues of a read CSV file. */
export interface ReadCsvResponse {
  kind: 'read-csv';
  id: number;
  read: ReadRecords;
}

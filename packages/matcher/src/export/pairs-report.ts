import type { Suggestion } from '../cohort/index.js';
import type { InputIssue } from '../import/input-issue.js';
import type { AnyMentor, Mentee, Programme } from '../model/index.js';

export interface ProgrammeRun {
  /** Absent when the run had no programme file. */
  programme?: Programme;
  suggestion: Suggestion;
}

/** Everything an output format needs. */
export interface PairsReport {
  runs: ProgrammeRun[];
  mentors: ReadonlyMap<string, AnyMentor>;
  mentees: ReadonlyMap<string, Mentee>;
  /** Rejected input rows and other input problems. */
  inputIssues: InputIssue[];
  locale: string;
}

export const displayNameOf = (people: ReadonlyMap<string, { displayName?: string }>, id: string): string => people.get(id)?.displayName ?? '';

export function programmeName(run: ProgrammeRun, locale: string): string {
  const name = run.programme?.name;
  if (!name) return run.programme?.id ?? 'All programmes';
  return name[locale] ?? name['en'] ?? Object.values(name)[0] ?? run.programme?.id ?? '';
}

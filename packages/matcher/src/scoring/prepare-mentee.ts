import type { Mentee, MenteeQuery } from '../model/index.js';
import { buildMenteeContext, type MenteeContext } from './mentee-context.js';
import type { ScoreOptions } from './score-options.js';

/** A mentee read once with its score options, for scoring it against many mentors. */
export interface PreparedMentee {
  readonly kind: 'prepared-mentee';
  readonly mentee: Mentee | MenteeQuery;
  /** @internal what scoring reads; its shape may change between versions. */
  readonly context: MenteeContext;
}

/**
 * Reads a mentee once (goals to topics, languages, dates, programme rules) so that scorePair and
 * rankMentors do not redo it per mentor. Pass the result in place of the mentee; the options given
 * here are the ones used. Do not change the mentee while its prepared form is in use.
 */
export function prepareMentee(mentee: Mentee | MenteeQuery, options: ScoreOptions = {}): PreparedMentee {
  const context = buildMenteeContext(mentee, options ?? {});
  return Object.freeze({ kind: 'prepared-mentee', mentee: context.mentee, context });
}

/** Whether a value is the result of prepareMentee. */
export function isPreparedMentee(value: unknown): value is PreparedMentee {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'prepared-mentee';
}

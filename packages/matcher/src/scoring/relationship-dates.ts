import type { IsoDate, Programme } from '../model/index.js';

export interface RelationshipDates {
  start?: IsoDate;
  end?: IsoDate;
}

/** Dates of the relationship: the caller's, else the programme's window; none means date rules are skipped. */
export function relationshipDates(options: {
  relationship?: { start?: IsoDate; end?: IsoDate };
  programme?: Programme;
}): RelationshipDates {
  const window = options.programme?.relationshipWindow;
  const start = options.relationship?.start ?? window?.from;
  const end = options.relationship?.end ?? window?.to;
  const dates: RelationshipDates = {};
  if (start) dates.start = start;
  if (end) dates.end = end;
  return dates;
}

/** The date a dated rule is checked on, or undefined when unknown. */
export function ruleDate(dates: RelationshipDates, on: unknown): IsoDate | undefined {
  return on === 'relationshipEnd' ? dates.end : dates.start;
}

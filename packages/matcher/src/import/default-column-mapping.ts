import type { ColumnMapping } from './column-mapping.js';
import { fieldType } from './field-types.js';

// The top-level fields of mentor and mentee records, lower-cased. A header that starts with none of
// them ("Timestamp", "Extra note") is a form's own column; one that differs only in case ("Country",
// "ID") is kept, so that each row reports it as not a known field.
const RECORD_FIELDS: ReadonlySet<string> = new Set(
  [
    'id', 'programmeId', 'status', 'displayName', 'country', 'region', 'timezone', 'languages', 'role', 'subjects',
    'schoolLevels', 'topics', 'keyCompetences', 'bio', 'photoUrl', 'experience', 'eligibility', 'capacity',
    'availability', 'goals', 'preferences', 'private',
  ].map((field) => field.toLowerCase()),
);

/** Without a mapping file the headers are field paths (`private.email`, `capacity.maxMentees`); other columns are left out. */
export function defaultColumnMapping(headers: readonly string[]): ColumnMapping {
  const fields = headers.filter((h) => RECORD_FIELDS.has((h.split('.')[0] ?? '').toLowerCase()));
  return { columns: new Map(fields.map((h) => [h, { field: h, type: fieldType(h) }])), defaults: {} };
}

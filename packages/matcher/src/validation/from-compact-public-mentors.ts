import { isCompactPublicMentors } from './compact-public-mentors.js';

/**
 * Unpacks the compact form into records, leaving out null cells; anything else (a plain list)
 * is returned as it is. The records are not validated: pass the result to `validatePublicMentors`.
 */
export function fromCompactPublicMentors(input: unknown): unknown {
  if (!isCompactPublicMentors(input)) return input;
  const { fields } = input;
  return input.rows.map((row) => {
    if (!Array.isArray(row)) return row;
    const record: Record<string, unknown> = {};
    fields.forEach((field, index) => {
      const value: unknown = row[index];
      if (value !== null && value !== undefined && typeof field === 'string' && field !== '__proto__') record[field] = value;
    });
    return record;
  });
}

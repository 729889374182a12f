import type { ColumnMapping } from './column-mapping.js';
import { fieldType } from './field-types.js';

/** Without a mapping file the headers are field paths (`private.email`, `capacity.maxMentees`). */
export function defaultColumnMapping(headers: readonly string[]): ColumnMapping {
  return { columns: new Map(headers.map((h) => [h, { field: h, type: fieldType(h) }])), defaults: {} };
}

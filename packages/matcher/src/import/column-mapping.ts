import type { CellType } from './field-types.js';

export const LANGUAGE_FORMATS = ['code:level', 'code'] as const;
export type LanguageFormat = (typeof LANGUAGE_FORMATS)[number];

/** How one spreadsheet column becomes one field. */
export interface ColumnSpec {
  /** Dotted path in the record, e.g. `private.email`, `bio.en`, `languages`. */
  field: string;
  type: CellType;
  /** Separator of list items; by default both `,` and `;` separate. */
  split?: string;
  /** Languages only: `code:level` (default) or `code` with `level` for every item. */
  format?: LanguageFormat;
  level?: string;
  /** Form answers to stored values (`"Head teacher": "head-teacher"`), for whole cells or list items. */
  values?: Record<string, string | number | boolean | null>;
}

export interface ColumnMapping {
  /** Header → spec; `null` ignores the column. */
  columns: ReadonlyMap<string, ColumnSpec | null>;
  /** Values for fields no column filled, by dotted path. */
  defaults: Readonly<Record<string, unknown>>;
}

export type MappingResult = { ok: true; mapping: ColumnMapping } | { ok: false; errors: string[] };

import { LANGUAGE_FORMATS, type ColumnMapping, type ColumnSpec, type LanguageFormat, type MappingResult } from './column-mapping.js';
import { CELL_TYPES, fieldType, type CellType } from './field-types.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseSpec(header: string, raw: unknown, errors: string[]): ColumnSpec | null {
  if (raw === null) return null;
  if (typeof raw === 'string') return { field: raw, type: fieldType(raw) };
  if (!isObject(raw) || typeof raw['field'] !== 'string' || raw['field'] === '') {
    errors.push(`Column "${header}": expected a field path, null, or an object with "field".`);
    return null;
  }
  const field = raw['field'];
  const format = raw['format'];
  const type = raw['type'] ?? (format !== undefined ? 'languages' : fieldType(field));
  if (!CELL_TYPES.includes(type as CellType)) errors.push(`Column "${header}": unknown type "${String(type)}" (use ${CELL_TYPES.join(', ')}).`);
  if (format !== undefined && !LANGUAGE_FORMATS.includes(format as LanguageFormat)) {
    errors.push(`Column "${header}": unknown format "${String(format)}" (use ${LANGUAGE_FORMATS.join(' or ')}).`);
  }
  if (raw['split'] !== undefined && (typeof raw['split'] !== 'string' || raw['split'] === '')) errors.push(`Column "${header}": "split" must be a non-empty string.`);
  if (raw['values'] !== undefined && !isObject(raw['values'])) errors.push(`Column "${header}": "values" must be an object of answer → value.`);
  const spec: ColumnSpec = { field, type: type as CellType };
  if (typeof raw['split'] === 'string') spec.split = raw['split'];
  if (format !== undefined) spec.format = format as LanguageFormat;
  if (typeof raw['level'] === 'string') spec.level = raw['level'];
  if (isObject(raw['values'])) spec.values = raw['values'] as ColumnSpec['values'] & object;
  return spec;
}

/**
 * Reads a mapping file: `{ "<header>": "<field path>" | { field, type?, split?, format?, level?, values? } | null,
 * "$defaults": { "<field path>": value } }`. Every problem is listed.
 */
export function parseColumnMapping(input: unknown): MappingResult {
  if (!isObject(input)) return { ok: false, errors: ['The mapping must be a JSON object of column header → field.'] };
  const errors: string[] = [];
  const columns = new Map<string, ColumnSpec | null>();
  let defaults: Record<string, unknown> = {};
  for (const [header, raw] of Object.entries(input)) {
    if (header === '$defaults') {
      if (isObject(raw)) defaults = { ...raw };
      else errors.push('"$defaults" must be an object of field path → value.');
      continue;
    }
    if (header.startsWith('$')) {
      errors.push(`Unknown mapping key "${header}".`);
      continue;
    }
    columns.set(header.trim(), parseSpec(header, raw, errors));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, mapping: { columns, defaults } };
}

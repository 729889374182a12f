import type { RecordCheck } from './record-checks.js';
import type { SchemaError } from './schema-issues.js';

/** A precompiled JSON Schema validator (ajv standalone output). */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

/** How to validate one kind of record. */
export interface RecordSpec {
  /** Name used in messages about the record as a whole, e.g. `mentor`. */
  label: string;
  compiled: CompiledValidator;
  checks: readonly RecordCheck[];
}

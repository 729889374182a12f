import { jsonSyntaxError } from '@mentor-finder/matcher';
import type { DataSource } from '../../pair-preview-translations/pair-preview-translation.js';
import { inputIssue, type RowIssue } from './row-issue.js';

export type JsonInput = { ok: true; value: unknown } | { ok: false; issue: RowIssue };

/**
 * Parses a file's JSON text (a leading byte order mark aside). A syntax error becomes a `not-json`
 * issue with the line and column where the text stops being JSON, so a long file can be mended.
 */
export function parseJsonInput(source: DataSource, text: string): JsonInput {
  const json = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch (error) {
    const place = jsonSyntaxError(json);
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, issue: inputIssue(source, 'not-json', message, place ? { line: place.line, column: place.column } : {}) };
  }
}

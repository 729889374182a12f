import type { CohortSource, SourceState } from './cohort-data-controller.js';
import type { MentorPairPreviewErrorDetail } from './mentor-pair-preview.events.js';

/** The error a source's load reports: it failed, held no valid record, or had records left out; none when all went in. */
export function sourceError(source: CohortSource, state: SourceState<unknown>): MentorPairPreviewErrorDetail | undefined {
  // A column left out is listed for the coordinator, but no record was skipped for it.
  const issues = state.issues.filter((issue) => issue.code !== 'csv-ignored-column');
  if (state.status === 'error' && state.cause) return { code: 'load-failed', source, cause: state.cause };
  if (state.status === 'error') return { code: 'invalid-data', source, issues };
  return issues.length > 0 ? { code: 'invalid-records', source, issues } : undefined;
}

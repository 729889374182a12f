import type { Suggestion } from '@mentor-finder/matcher';
import type { DataSource } from '../../pair-preview-translations/pair-preview-translation.js';
import type { PairChanges } from './diff-pairs.js';
import type { RowIssue } from './row-issue.js';

export interface MentorPairPreviewResultDetail {
  suggestion: Suggestion;
  /** What changed since the last run; null for the first. */
  changes: PairChanges | null;
}

export const PAIR_PREVIEW_ERROR_CODES = ['load-failed', 'invalid-data', 'invalid-records', 'solve-failed'] as const;
export type PairPreviewErrorCode = (typeof PAIR_PREVIEW_ERROR_CODES)[number];

export interface MentorPairPreviewErrorDetail {
  code: PairPreviewErrorCode;
  source?: DataSource;
  issues?: RowIssue[];
  cause?: string;
}

export interface MentorPairPreviewDownloadDetail {
  filename: string;
  type: string;
  content: string;
}

export type MentorPairPreviewResultEvent = CustomEvent<MentorPairPreviewResultDetail>;
export type MentorPairPreviewErrorEvent = CustomEvent<MentorPairPreviewErrorDetail>;
/** Cancelable: after `preventDefault()` no file is downloaded and the host may save `content` itself. */
export type MentorPairPreviewDownloadEvent = CustomEvent<MentorPairPreviewDownloadDetail>;

declare global {
  interface HTMLElementEventMap {
    'mentor-pair-preview-result': MentorPairPreviewResultEvent;
    'mentor-pair-preview-error': MentorPairPreviewErrorEvent;
    'mentor-pair-preview-download': MentorPairPreviewDownloadEvent;
  }
}

import type { ValidationError } from '@mentor-finder/matcher';

export const MENTOR_FINDER_ERROR_CODES = ['load-failed', 'invalid-data', 'invalid-records', 'send-failed'] as const;
/**
 * `load-failed`: `src` could not be fetched or parsed. `invalid-data`: no valid mentor in the input.
 * `invalid-records`: some records were skipped (the rest are shown). `send-failed`: a contact request failed.
 */
export type MentorFinderErrorCode = (typeof MENTOR_FINDER_ERROR_CODES)[number];

export interface MentorFinderErrorDetail {
  code: MentorFinderErrorCode;
  /** Validation errors, for `invalid-data` and `invalid-records`. */
  errors?: ValidationError[];
  /** HTTP status or failure kind, for `load-failed` and `send-failed`. */
  cause?: string;
}

export type MentorFinderErrorEvent = CustomEvent<MentorFinderErrorDetail>;

declare global {
  interface HTMLElementEventMap {
    'mentor-finder-error': MentorFinderErrorEvent;
  }
}

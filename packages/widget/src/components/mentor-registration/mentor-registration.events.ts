import type { RegistrationRequest } from './build-registration.js';

/**
 * Detail of `mentor-registration-submit`, fired before sending (cancelable). A page that sends the
 * registration itself calls `preventDefault()` and may pass its promise to `respondWith`: the form
 * shows the confirmation when it resolves and keeps everything for a retry when it rejects.
 */
export interface MentorRegistrationSubmitDetail {
  request: RegistrationRequest;
  respondWith: (outcome: Promise<unknown>) => void;
}

/** Detail of `mentor-registration-sent`: what was sent and the server's status (201 or 202). */
export interface MentorRegistrationSentDetail {
  request: RegistrationRequest;
  status: number;
}

/**
 * `load-failed`: the programmes could not be read; `programme-not-found`; `send-failed`: the POST failed;
 * `refused`: the server refused answers, shown at their fields to correct (400, 409 `notice-changed`, 422);
 * `profile-load-failed`: the profile of `profile-src` could not be read (a refused or expired link).
 */
export type MentorRegistrationErrorCode = 'load-failed' | 'programme-not-found' | 'send-failed' | 'refused' | 'profile-load-failed';

export interface MentorRegistrationErrorDetail {
  code: MentorRegistrationErrorCode;
  /** Failure kind and HTTP status, for `send-failed` and `refused`. */
  cause?: string;
}

export type MentorRegistrationSubmitEvent = CustomEvent<MentorRegistrationSubmitDetail>;
export type MentorRegistrationSentEvent = CustomEvent<MentorRegistrationSentDetail>;
export type MentorRegistrationErrorEvent = CustomEvent<MentorRegistrationErrorDetail>;

declare global {
  interface HTMLElementEventMap {
    'mentor-registration-submit': MentorRegistrationSubmitEvent;
    'mentor-registration-sent': MentorRegistrationSentEvent;
    'mentor-registration-error': MentorRegistrationErrorEvent;
  }
}

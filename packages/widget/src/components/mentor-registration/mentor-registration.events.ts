import type { RegistrationRequest } from './build-registration.js';

/** Detail of `mentor-registration-sent`: what was sent and the server's status (201 or 202). */
export interface MentorRegistrationSentDetail {
  request: RegistrationRequest;
  status: number;
}

/** `load-failed`: the programmes could not be read; `programme-not-found`; `send-failed`: the POST failed. */
export type MentorRegistrationErrorCode = 'load-failed' | 'programme-not-found' | 'send-failed';

export interface MentorRegistrationErrorDetail {
  code: MentorRegistrationErrorCode;
  /** HTTP status or failure kind, for `send-failed`. */
  cause?: string;
}

export type MentorRegistrationSentEvent = CustomEvent<MentorRegistrationSentDetail>;
export type MentorRegistrationErrorEvent = CustomEvent<MentorRegistrationErrorDetail>;

declare global {
  interface HTMLElementEventMap {
    'mentor-registration-sent': MentorRegistrationSentEvent;
    'mentor-registration-error': MentorRegistrationErrorEvent;
  }
}

import type { ContactRequest, PublicMentor } from '@mentor-finder/matcher';

export interface MentorFinderContactDetail {
  /** The validated request, ready to send. */
  request: ContactRequest;
  mentor: PublicMentor;
  /**
   * After `preventDefault()`, a host that sends the request itself may pass the send's promise:
   * the dialog shows "Sending…", then the confirmation when it resolves or the retry message
   * when it rejects. Without it, a prevented request counts as sent at once.
   */
  respondWith: (outcome: Promise<unknown>) => void;
}

/** Fired before a contact request is sent; cancelable. */
export type MentorFinderContactEvent = CustomEvent<MentorFinderContactDetail>;

declare global {
  interface HTMLElementEventMap {
    'mentor-finder-contact': MentorFinderContactEvent;
  }
}

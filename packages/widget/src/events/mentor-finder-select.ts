import type { PublicMentor } from '@mentor-finder/matcher';

export interface MentorFinderSelectDetail {
  mentor: PublicMentor;
}

/** Fired when the visitor chooses a mentor (opens the contact dialog or presses "Choose"). */
export type MentorFinderSelectEvent = CustomEvent<MentorFinderSelectDetail>;

declare global {
  interface HTMLElementEventMap {
    'mentor-finder-select': MentorFinderSelectEvent;
  }
}

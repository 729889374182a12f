import type { PublicMentor } from '@mentor-finder/matcher';
import type { MentorFinderErrorDetail } from '../../events/mentor-finder-error.js';
import type { MentorFinderSelectDetail } from '../../events/mentor-finder-select.js';

/** Fires `mentor-finder-error` from the finder, out through shadow roots to the page. */
export function dispatchFinderError(host: EventTarget, detail: MentorFinderErrorDetail): void {
  host.dispatchEvent(new CustomEvent('mentor-finder-error', { detail, bubbles: true, composed: true }));
}

/** Fires `mentor-finder-select` for the mentor the visitor chose. */
export function dispatchFinderSelect(host: EventTarget, mentor: PublicMentor): void {
  const detail: MentorFinderSelectDetail = { mentor };
  host.dispatchEvent(new CustomEvent('mentor-finder-select', { detail, bubbles: true, composed: true }));
}

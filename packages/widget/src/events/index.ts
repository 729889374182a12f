export type { MentorFinderContactDetail, MentorFinderContactEvent } from './mentor-finder-contact.js';
export type { MentorFinderSelectDetail, MentorFinderSelectEvent } from './mentor-finder-select.js';
export { MENTOR_FINDER_ERROR_CODES } from './mentor-finder-error.js';
export type { MentorFinderErrorCode, MentorFinderErrorDetail, MentorFinderErrorEvent } from './mentor-finder-error.js';

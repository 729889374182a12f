// The compact format's reader, imported only for data in that format, apart from the validator, so a
// compact list's first page can paint before the validator has arrived.
export { fromCompactPublicMentors, isCompactPublicMentors } from '@mentor-finder/matcher';

// The public mentor validator, imported apart from the finder, so a list's first page can paint
// before this code has arrived.
export { validatePublicMentors } from '@mentor-finder/matcher';

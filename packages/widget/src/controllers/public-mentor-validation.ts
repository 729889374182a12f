// The public mentor validator, imported when the finder connects (in parallel with its data request)
// rather than with the finder itself.
export { validatePublicMentors } from '@mentor-finder/matcher';

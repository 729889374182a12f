// The contact request validator, imported when a contact form opens rather than with the finder.
export { validateContactRequest } from '@mentor-finder/matcher';

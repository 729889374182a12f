// The public mentor validator, imported when the finder connects (in parallel with its data request)
// rather than with the finder itself. It reads the plain list and the compact form.
import { fromCompactPublicMentors, validatePublicMentors as validateList, type ValidateListOptions } from '@mentor-finder/matcher';

export function validatePublicMentors(input: unknown, options?: ValidateListOptions): ReturnType<typeof validateList> {
  return validateList(fromCompactPublicMentors(input), options);
}

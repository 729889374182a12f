// The public mentor validator and the compact format's reader, imported when the finder connects
// (in parallel with its data request) rather than with the finder itself.
import { fromCompactPublicMentors, isCompactPublicMentors, validatePublicMentors, type PublicMentor } from '@mentor-finder/matcher';

export { fromCompactPublicMentors, isCompactPublicMentors, validatePublicMentors };

/**
 * The first `count` mentors in name order (the locale's collation, ties by id) that pass validation
 * on their own, found without validating the rest; undefined when that would not save work. The
 * full validation that follows decides what stays.
 */
export function previewPublicMentors(data: unknown, count: number, locale: string): PublicMentor[] | undefined {
  if (!Array.isArray(data) || data.length <= count * 2) return undefined;
  const collator = new Intl.Collator(locale);
  const named = data.filter(
    (record): record is { displayName: string; id: string } =>
      typeof record === 'object' && record !== null && typeof record.displayName === 'string' && typeof record.id === 'string',
  );
  named.sort((a, b) => collator.compare(a.displayName, b.displayName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const preview: PublicMentor[] = [];
  for (let start = 0; start < named.length && preview.length < count; start += count) {
    preview.push(...validatePublicMentors(named.slice(start, start + count)).valid);
  }
  return preview.slice(0, count);
}

import { nameSortKey, type PublicMentor } from '@mentor-finder/matcher';

const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Upper case and lower case swapped, so ties between names differing in case put lower case first, as collation does. */
const swapCase = (name: string): string => name.replace(/\p{L}/gu, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()));

/**
 * `mentors` in name order by `nameSortKey` (ties by case, then id): the collator's order for names
 * in the UI's languages, found without its locale data.
 */
export function byNameKey<T extends PublicMentor>(mentors: readonly T[], locale: string): T[] {
  return mentors
    .map((mentor) => ({ mentor, key: nameSortKey(mentor.displayName, locale) }))
    .sort((a, b) => order(a.key, b.key) || order(swapCase(a.mentor.displayName), swapCase(b.mentor.displayName)) || order(a.mentor.id, b.mentor.id))
    .map(({ mentor }) => mentor);
}

/**
 * The first `count` records that `ready` accepts, in name order by `nameSortKey`: what a list shows
 * first, found without the validator or the collator's locale data.
 */
export function firstPage(records: readonly unknown[], count: number, locale: string, ready: (record: unknown) => record is PublicMentor): PublicMentor[] {
  return byNameKey(records.filter(ready), locale).slice(0, count);
}

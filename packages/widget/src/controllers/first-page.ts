import { nameSortKey, type PublicMentor } from '@mentor-finder/matcher';

type Named = Pick<PublicMentor, 'id' | 'displayName'>;

const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Upper case and lower case swapped, so ties between names differing in case put lower case first, as collation does. */
const swapCase = (name: string): string => name.replace(/\p{L}/gu, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()));

/** Has the two fields the name order reads. */
const isNamed = (record: unknown): record is Named =>
  typeof record === 'object' && record !== null && typeof (record as Named).id === 'string' && typeof (record as Named).displayName === 'string';

/**
 * `mentors` in name order by `nameSortKey` (ties by case, then id): the collator's order for names
 * in the UI's languages, found without its locale data.
 */
export function byNameKey<T extends Named>(mentors: readonly T[], locale: string): T[] {
  return mentors
    .map((mentor) => ({ mentor, key: nameSortKey(mentor.displayName, locale) }))
    .sort((a, b) => order(a.key, b.key) || order(swapCase(a.mentor.displayName), swapCase(b.mentor.displayName)) || order(a.mentor.id, b.mentor.id))
    .map(({ mentor }) => mentor);
}

/**
 * The first `count` records that `ready` accepts, in name order by `nameSortKey`: what a list shows
 * first, found without the validator or the collator's locale data. Only records in the order up to
 * the last one taken are checked; a long list's others wait for the validator.
 */
export function firstPage(records: readonly unknown[], count: number, locale: string, ready: (record: unknown) => record is PublicMentor): PublicMentor[] {
  const page: PublicMentor[] = [];
  for (const record of byNameKey(records.filter(isNamed), locale)) {
    if (page.length >= count) break;
    if (ready(record)) page.push(record);
  }
  return page;
}

import { nameSortKey, type PublicMentor } from '@mentor-finder/matcher';

const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The first `count` records that `ready` accepts, in name order by `nameSortKey` (ties by name, then
 * id): what a list shows first, found without the validator or the collator's locale data.
 */
export function firstPage(records: readonly unknown[], count: number, locale: string, ready: (record: unknown) => record is PublicMentor): PublicMentor[] {
  const keyed: { mentor: PublicMentor; key: string }[] = [];
  for (const record of records) if (ready(record)) keyed.push({ mentor: record, key: nameSortKey(record.displayName, locale) });
  keyed.sort((a, b) => order(a.key, b.key) || order(a.mentor.displayName, b.mentor.displayName) || order(a.mentor.id, b.mentor.id));
  return keyed.slice(0, count).map(({ mentor }) => mentor);
}

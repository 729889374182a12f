import { andInto, createBitset, orInto, type Bitset } from './bitset.js';
import { filterKey, type FilterIndex } from './build-filter-index.js';
import { stringList } from './string-list.js';
import { FACET_KINDS, type MentorFilters } from './types.js';

/**
 * The mentors that pass `filters`: any value within a kind, every kind given, AND availability.
 * Null when nothing filters. A value absent from the data matches no mentor.
 */
export function filterMask(index: FilterIndex, filters: MentorFilters | null | undefined): Bitset | null {
  if (!filters || typeof filters !== 'object') return null;
  let mask: Bitset | null = null;
  const narrow = (set: Bitset): void => {
    if (mask) andInto(mask, set);
    else mask = set.slice();
  };
  for (const kind of FACET_KINDS) {
    const wanted = stringList(filters[kind]);
    if (wanted.length === 0) continue;
    const union = createBitset(index.size);
    for (const value of wanted) {
      const set = index.values[kind].get(filterKey(kind, value));
      if (set) orInto(union, set);
    }
    narrow(union);
  }
  if (filters.availableOnly === true) narrow(index.available);
  return mask;
}

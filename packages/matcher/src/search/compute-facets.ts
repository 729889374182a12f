import { countBits } from './bitset.js';
import { compareCodeUnits } from '../text/compare-code-units.js';
import type { FilterIndex } from './build-filter-index.js';
import { FACET_KINDS, type FacetValue, type MentorFacets } from './types.js';

/** Every filter value in the data with its mentor count, most frequent first, ties by value. */
export function computeFacets(index: FilterIndex): MentorFacets {
  const facets = {} as MentorFacets;
  for (const kind of FACET_KINDS) {
    const values: FacetValue[] = [...index.values[kind]].map(([value, set]) => ({ value, count: countBits(set) }));
    values.sort((a, b) => b.count - a.count || compareCodeUnits(a.value, b.value));
    facets[kind] = values;
  }
  return facets;
}

import { createBitset, setBit, type Bitset } from './bitset.js';
import { isOpenForRequests } from './is-open-for-requests.js';
import { stringList } from './string-list.js';
import { FACET_KINDS, type FacetKind } from './types.js';

/** For each filter value, the set of mentors that have it; built once, combined per query. */
export interface FilterIndex {
  readonly size: number;
  readonly values: Readonly<Record<FacetKind, ReadonlyMap<string, Bitset>>>;
  readonly available: Bitset;
}

/** Filter keys compare case-insensitively: countries upper case, everything else lower case. */
export function filterKey(kind: FacetKind, value: string): string {
  return kind === 'countries' ? value.trim().toUpperCase() : value.trim().toLowerCase();
}

export function buildFilterIndex(records: readonly Readonly<Record<string, unknown>>[]): FilterIndex {
  const size = records.length;
  const values = Object.fromEntries(FACET_KINDS.map((kind) => [kind, new Map<string, Bitset>()])) as Record<
    FacetKind,
    Map<string, Bitset>
  >;
  const available = createBitset(size);
  records.forEach((record, mentor) => {
    for (const kind of FACET_KINDS) {
      for (const key of valuesOf(record, kind)) {
        let set = values[kind].get(key);
        if (!set) values[kind].set(key, (set = createBitset(size)));
        setBit(set, mentor);
      }
    }
    if (isOpenForRequests(record)) setBit(available, mentor);
  });
  return { size, values, available };
}

function valuesOf(record: Readonly<Record<string, unknown>>, kind: FacetKind): string[] {
  const raw = (() => {
    switch (kind) {
      case 'languages':
        return languageCodes(record.languages);
      case 'countries':
        return stringList(record.country);
      default:
        return stringList(record[kind]);
    }
  })();
  return [...new Set(raw.map((value) => filterKey(kind, value)))];
}

/** Language skills are `{ code, level }`; bare codes are accepted too. */
function languageCodes(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return stringList(value.map((item: unknown) => (item && typeof item === 'object' ? (item as { code?: unknown }).code : item)));
}

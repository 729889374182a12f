import type { AnyMentor } from '../model/index.js';
import { freePlaces } from '../scoring/free-places.js';

/**
 * Status `active`, accepting requests and a free place, counted as scoring counts it (freePlaces),
 * so a mentor the search lists as available is one that ranking does not block as full.
 */
export function isOpenForRequests(record: Readonly<Record<string, unknown>>): boolean {
  const capacity = record.capacity as { acceptingRequests?: unknown } | null | undefined;
  if (record.status !== 'active' || typeof capacity !== 'object' || capacity === null) return false;
  return capacity.acceptingRequests === true && freePlaces(record as unknown as AnyMentor) > 0;
}

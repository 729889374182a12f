import { describe, expect, it } from 'vitest';
import type { AnyMentor } from '../model/index.js';
import { freePlaces } from '../scoring/free-places.js';
import { isOpenForRequests } from './is-open-for-requests.js';

const record = (capacity: unknown, status = 'active') => ({ id: 'm-x', status, capacity });

describe('isOpenForRequests', () => {
  it('is open exactly when scoring sees a free place, for full and public records', () => {
    const capacities = [
      { maxMentees: 2, currentMentees: 1, acceptingRequests: true },
      { maxMentees: 2, currentMentees: 2, acceptingRequests: true },
      { maxMentees: 2, currentMentees: 5, acceptingRequests: true },
      { maxMentees: 2, currentMentees: Number.NaN, acceptingRequests: true },
      { maxMentees: Number.POSITIVE_INFINITY, currentMentees: 1, acceptingRequests: true },
      { maxMentees: 2, status: 'available', acceptingRequests: true },
      { maxMentees: 2, status: 'full', acceptingRequests: true },
      { maxMentees: 0, status: 'available', acceptingRequests: true },
    ];
    for (const capacity of capacities) {
      const mentor = record(capacity);
      expect([capacity, isOpenForRequests(mentor)]).toEqual([capacity, freePlaces(mentor as unknown as AnyMentor) > 0]);
    }
  });

  it('is closed when not active, not accepting, or without a capacity object', () => {
    expect(isOpenForRequests(record({ maxMentees: 2, currentMentees: 0, acceptingRequests: true }))).toBe(true);
    expect(isOpenForRequests(record({ maxMentees: 2, currentMentees: 0, acceptingRequests: true }, 'paused'))).toBe(false);
    expect(isOpenForRequests(record({ maxMentees: 2, currentMentees: 0, acceptingRequests: false }))).toBe(false);
    expect(isOpenForRequests(record({ maxMentees: 2, currentMentees: 0 }))).toBe(false);
    expect(isOpenForRequests(record('2 places'))).toBe(false);
    expect(isOpenForRequests(record(null))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { AnyMentor } from '../model/index.js';
import { freePlaces } from './free-places.js';

const withCapacity = (capacity: unknown) => ({ id: 'm', capacity }) as unknown as AnyMentor;

describe('freePlaces', () => {
  it('is max - current for a full record, never below 0', () => {
    expect(freePlaces(withCapacity({ maxMentees: 3, currentMentees: 1, acceptingRequests: true }))).toBe(2);
    expect(freePlaces(withCapacity({ maxMentees: 2, currentMentees: 2, acceptingRequests: true }))).toBe(0);
    expect(freePlaces(withCapacity({ maxMentees: 1, currentMentees: 3, acceptingRequests: true }))).toBe(0);
  });

  it('is 0 for a full public record and max otherwise', () => {
    expect(freePlaces(withCapacity({ maxMentees: 2, status: 'full', acceptingRequests: true }))).toBe(0);
    expect(freePlaces(withCapacity({ maxMentees: 2, status: 'available', acceptingRequests: true }))).toBe(2);
  });

  it("given the programme, counts no place above its most mentees per mentor", () => {
    const strict = { capacity: { maxMentees: 2 } };
    expect(freePlaces(withCapacity({ maxMentees: 3, currentMentees: 1, acceptingRequests: true }), strict)).toBe(1);
    expect(freePlaces(withCapacity({ maxMentees: 3, currentMentees: 2, acceptingRequests: true }), strict)).toBe(0);
    expect(freePlaces(withCapacity({ maxMentees: 3, status: 'available', acceptingRequests: true }), strict)).toBe(2);
    expect(freePlaces(withCapacity({ maxMentees: 1, currentMentees: 0, acceptingRequests: true }), strict)).toBe(1);
    expect(freePlaces(withCapacity({ maxMentees: 3, currentMentees: 1, acceptingRequests: true }), {})).toBe(2);
  });

  it('reads missing or broken capacity as no places', () => {
    expect(freePlaces(withCapacity(undefined))).toBe(0);
    expect(freePlaces(withCapacity({ maxMentees: 'three' }))).toBe(0);
  });
});

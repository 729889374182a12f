import type { Mentor, Programme } from '../model/index.js';
import { freePlaces } from '../scoring/free-places.js';

/**
 * Whether a contact request sent through the site to this mentor can reach them now: the
 * programme is known and not closed to public requests, the mentor is active, accepting requests
 * (and has not withdrawn consent to them) and has a free place. The same checks a server makes
 * before it stores a request, so a page never offers contact that would be refused.
 */
export function takesRequests(mentor: Mentor, programme: Programme | undefined): boolean {
  if (!programme || programme.id !== mentor?.programmeId) return false;
  if (programme.contact?.allowPublicContactRequests === false) return false;
  if (mentor.status !== 'active' || mentor.capacity?.acceptingRequests !== true) return false;
  if (mentor.private?.consent?.contactRequests === false) return false;
  return freePlaces(mentor) > 0;
}

import type { Mentor, MentorBase, PublicMentor } from '../model/mentor.js';
import { freePlaces } from '../scoring/free-places.js';
import { redactContacts } from '../text/redact-contacts.js';

/** The only fields that leave the coordinator context; anything else (including `private`) stays behind. */
const PUBLIC_FIELDS = Object.freeze([
  'id',
  'programmeId',
  'status',
  'displayName',
  'country',
  'region',
  'timezone',
  'languages',
  'role',
  'subjects',
  'schoolLevels',
  'topics',
  'keyCompetences',
  'bio',
  'photoUrl',
  'experience',
  'eligibility',
  'availability',
] as const satisfies readonly (keyof MentorBase)[]);

/**
 * A copy of plain JSON data, so the public view shares no object with the full record. Plain
 * loops: this runs for every field of every mentor a site publishes.
 */
function copyData<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const list: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) list[i] = copyData(value[i]);
    return list as T;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = copyData((value as Record<string, unknown>)[key]);
    // Assigning '__proto__' would replace the copy's prototype instead of copying the key.
    if (key === '__proto__') Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
    else out[key] = item;
  }
  return out as T;
}

/** Free text a mentor writes (name, region, in-person area, bio in each language) loses e-mail addresses and phone numbers. */
function redactFreeText(view: Record<string, unknown>): void {
  for (const key of ['displayName', 'region'] as const) {
    if (typeof view[key] === 'string') view[key] = redactContacts(view[key]);
  }
  const availability = view.availability as Record<string, unknown> | undefined;
  if (availability && typeof availability.inPersonArea === 'string') availability.inPersonArea = redactContacts(availability.inPersonArea);
  const bio = view.bio;
  if (typeof bio !== 'object' || bio === null || Array.isArray(bio)) return;
  for (const [lang, text] of Object.entries(bio)) if (typeof text === 'string') (bio as Record<string, string>)[lang] = redactContacts(text);
}

/**
 * The public view of a mentor: no `private`, capacity as available/full, no e-mail address or
 * phone number in its free text. Null when the mentor
 * is not active or has not consented to publication.
 */
export function toPublicMentor(mentor: Mentor): PublicMentor | null {
  if (mentor?.status !== 'active' || mentor.private?.consent?.publishProfile !== true || !mentor.capacity) return null;
  const view: Record<string, unknown> = {};
  for (const key of PUBLIC_FIELDS) {
    if (Object.hasOwn(mentor, key) && mentor[key] !== undefined) view[key] = copyData(mentor[key]);
  }
  redactFreeText(view);
  const { maxMentees, acceptingRequests } = mentor.capacity;
  // Counted as scoring counts it, so the site never shows as available a mentor ranking blocks as full.
  view.capacity = { maxMentees, status: freePlaces(mentor) > 0 ? 'available' : 'full', acceptingRequests };
  return view as unknown as PublicMentor;
}

/** Public views of the mentors that may be published, in input order. */
export function toPublicMentors(mentors: readonly Mentor[]): PublicMentor[] {
  if (!Array.isArray(mentors)) return [];
  const out: PublicMentor[] = [];
  for (const mentor of mentors) {
    const view = toPublicMentor(mentor);
    if (view) out.push(view);
  }
  return out;
}

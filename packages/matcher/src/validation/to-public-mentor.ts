import type { Mentor, MentorBase, PublicMentor } from '../model/mentor.js';

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

// Plain JSON data only: the public view must share no object with the full record.
function copyData<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyData) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = copyData(item);
    return out as T;
  }
  return value;
}

/**
 * The public view of a mentor: no `private`, capacity as available/full. Null when the mentor
 * is not active or has not consented to publication.
 */
export function toPublicMentor(mentor: Mentor): PublicMentor | null {
  if (mentor?.status !== 'active' || mentor.private?.consent?.publishProfile !== true || !mentor.capacity) return null;
  const view: Partial<MentorBase> = {};
  for (const key of PUBLIC_FIELDS) {
    if (Object.hasOwn(mentor, key) && mentor[key] !== undefined) (view as Record<string, unknown>)[key] = copyData(mentor[key]);
  }
  const { maxMentees, currentMentees, acceptingRequests } = mentor.capacity;
  return {
    ...(view as MentorBase),
    capacity: { maxMentees, status: currentMentees >= maxMentees ? 'full' : 'available', acceptingRequests },
  };
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

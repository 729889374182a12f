import type { Mentor, MentorBase, PublicMentor, ReplyStats } from '../model/mentor.js';
import type { Programme } from '../model/programme.js';
import { freePlaces } from '../scoring/free-places.js';
import { redactContacts } from '../text/redact-contacts.js';
import { takesRequests } from './takes-requests.js';
import { usuallyAnswersWithinDays } from './usually-answers-within-days.js';

/** Something keyed by id: a Map, a plain object, or (programmes only) a list of records with `id`. */
export type ById<T> = ReadonlyMap<string, T> | Readonly<Record<string, T>>;

/** What the public view may add from outside the mentor record. */
export interface PublicMentorOptions {
  /**
   * The programmes, by id (or a list). With them every view says `takesRequests`; without them
   * the field is left out, as before.
   */
  programmes?: ById<Programme> | readonly Programme[];
  /** Reply statistics by mentor id; from 3 answers on the view says `usuallyAnswersWithinDays`. */
  replyStats?: ById<ReplyStats>;
}

export const DEFAULT_PUBLIC_MENTOR_OPTIONS: Readonly<PublicMentorOptions> = Object.freeze({});

function lookUp<T>(source: ById<T> | undefined, id: string): T | undefined {
  if (!source || typeof id !== 'string') return undefined;
  if (source instanceof Map) return source.get(id) as T | undefined;
  return Object.hasOwn(source, id) ? (source as Readonly<Record<string, T>>)[id] : undefined;
}

/** Programmes as a map once per call, so a list is not searched for every mentor. */
function programmeIndex(programmes: PublicMentorOptions['programmes']): ById<Programme> | undefined {
  if (!Array.isArray(programmes)) return programmes as ById<Programme> | undefined;
  const index = new Map<string, Programme>();
  for (const programme of programmes as readonly Programme[]) {
    if (programme && typeof programme.id === 'string' && !index.has(programme.id)) index.set(programme.id, programme);
  }
  return index;
}

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
export function toPublicMentor(mentor: Mentor, options: PublicMentorOptions | number = DEFAULT_PUBLIC_MENTOR_OPTIONS): PublicMentor | null {
  // A number is the index `mentors.map(toPublicMentor)` passes: the call form before options.
  const { programmes, replyStats } = typeof options === 'object' && options !== null ? options : DEFAULT_PUBLIC_MENTOR_OPTIONS;
  return publicView(mentor, programmeIndex(programmes), replyStats, programmes !== undefined);
}

function publicView(mentor: Mentor, programmes: ById<Programme> | undefined, stats: ById<ReplyStats> | undefined, withProgrammes: boolean): PublicMentor | null {
  if (mentor?.status !== 'active' || mentor.private?.consent?.publishProfile !== true || !mentor.capacity) return null;
  const view: Record<string, unknown> = {};
  for (const key of PUBLIC_FIELDS) {
    if (Object.hasOwn(mentor, key) && mentor[key] !== undefined) view[key] = copyData(mentor[key]);
  }
  redactFreeText(view);
  const { maxMentees, acceptingRequests } = mentor.capacity;
  // Counted as scoring counts it, so the site never shows as available a mentor ranking blocks as full.
  view.capacity = { maxMentees, status: freePlaces(mentor) > 0 ? 'available' : 'full', acceptingRequests };
  if (withProgrammes) view.takesRequests = takesRequests(mentor, lookUp(programmes, mentor.programmeId));
  const days = usuallyAnswersWithinDays(lookUp(stats, mentor.id));
  if (days !== undefined) view.usuallyAnswersWithinDays = days;
  return view as unknown as PublicMentor;
}

/** Public views of the mentors that may be published, in input order. */
export function toPublicMentors(mentors: readonly Mentor[], options: PublicMentorOptions = DEFAULT_PUBLIC_MENTOR_OPTIONS): PublicMentor[] {
  if (!Array.isArray(mentors)) return [];
  const programmes = programmeIndex(options?.programmes);
  const withProgrammes = options?.programmes !== undefined;
  const out: PublicMentor[] = [];
  for (const mentor of mentors) {
    const view = publicView(mentor, programmes, options?.replyStats, withProgrammes);
    if (view) out.push(view);
  }
  return out;
}

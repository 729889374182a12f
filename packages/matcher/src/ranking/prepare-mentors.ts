import type { AnyMentor } from '../model/index.js';
import { finiteOr } from '../scoring/finite-or.js';
import { freePlaces, maxMentees } from '../scoring/free-places.js';
import { areaKey, regionKey } from '../scoring/in-person-area.js';
import { isoDay } from '../scoring/iso-day.js';
import { languageLevelRank } from '../scoring/language-level.js';
import { modeMask, uniqueStrings } from '../scoring/mentee-context.js';
import { canonicalTimezone, weekMinutes } from '../scoring/weekly-slots.js';
import { compareCodeUnits } from '../text/compare-code-units.js';

/** A set of ids as bit masks: `words` Uint32 words per mentor, bit `index` of the id in `ids`. */
export interface PreparedSet {
  readonly ids: ReadonlyMap<string, number>;
  readonly words: number;
  readonly masks: Uint32Array;
}

/**
 * Mentors as a structure of arrays, sorted by id, for ranking many mentors for many mentees:
 * everything scoring reads from a mentor is decoded once into typed arrays.
 */
export interface PreparedMentors<M extends AnyMentor = AnyMentor> {
  readonly kind: 'prepared-mentors';
  readonly count: number;
  /** The records, sorted by id; index i of every array below is mentors[i]. */
  readonly mentors: readonly M[];
  /** First index of each id (records with the same id follow it). */
  readonly indexById: ReadonlyMap<string, number>;
  readonly active: Uint8Array;
  readonly notAccepting: Uint8Array;
  readonly free: Float64Array;
  readonly maxMentees: Float64Array;
  /** Index into the dictionaries below; -1 when absent. */
  readonly programme: Int32Array;
  readonly programmes: ReadonlyMap<string, number>;
  readonly country: Int32Array;
  readonly countries: ReadonlyMap<string, number>;
  readonly timezone: Int32Array;
  readonly timezones: ReadonlyMap<string, number>;
  /** Best level rank per mentor and language: languageRanks[i * languages.size + language]. */
  readonly languages: ReadonlyMap<string, number>;
  readonly languageRanks: Uint8Array;
  readonly topics: PreparedSet;
  readonly subjects: PreparedSet;
  readonly schoolLevels: PreparedSet;
  readonly modeMask: Uint8Array;
  /** areaKey of the town for in-person meetings, index into inPersonAreas; -1 when not given. */
  readonly inPersonArea: Int32Array;
  readonly inPersonAreas: ReadonlyMap<string, number>;
  /** regionKey of the region, index into regions; -1 when not given. */
  readonly region: Int32Array;
  readonly regions: ReadonlyMap<string, number>;
  /** Days since 1970-01-01; NaN when open. */
  readonly fromDay: Float64Array;
  readonly toDay: Float64Array;
  /** Weekly slots in week minutes, mentor i at weekly[weeklyStart[i] .. weeklyStart[i + 1]). */
  readonly weekly: Int32Array;
  readonly weeklyStart: Int32Array;
  readonly yearsOfExperience: Float64Array;
  readonly etwinningProjects: Float64Array;
  readonly nationalQualityLabels: Float64Array;
  readonly trainingCompleted: Uint8Array;
  /** 1 for a full record (membership can be checked). */
  readonly hasPrivate: Uint8Array;
  readonly membershipDay: Float64Array;
  /** Latest validity day per mentor and certificate type; -Infinity when none. */
  readonly certificateTypes: ReadonlyMap<string, number>;
  readonly certificateDays: Float64Array;
  /** Mentee id -> indices of mentors who declared a conflict with that mentee. */
  readonly conflicts: ReadonlyMap<string, readonly number[]>;
}

/** Decodes mentors once for repeated ranking; the input is not changed. */
export function prepareMentors<M extends AnyMentor = AnyMentor>(mentors: readonly M[]): PreparedMentors<M> {
  const list = (Array.isArray(mentors) ? (mentors as readonly M[]) : [])
    .filter((m): m is M => typeof m === 'object' && m !== null)
    .sort((a, b) => compareCodeUnits(String(a.id), String(b.id)));
  const n = list.length;
  const programmes = dictionary(list.map((m) => m.programmeId));
  const countries = dictionary(list.map((m) => m.country));
  const timezones = dictionary(list.map((m) => canonicalTimezone(m.timezone)));
  const areas = list.map((m) => areaKey(m.availability?.inPersonArea));
  const inPersonAreas = dictionary(areas);
  const regionKeys = list.map((m) => regionKey(m.region));
  const regions = dictionary(regionKeys);
  const languages = dictionary(list.flatMap((m) => (Array.isArray(m.languages) ? m.languages.map((l) => l?.code) : [])));
  const certificateTypes = dictionary(list.flatMap((m) => (m.eligibility?.certificates ?? []).map((c) => c?.type)));
  const languageRanks = new Uint8Array(n * languages.size);
  const certificateDays = new Float64Array(n * certificateTypes.size).fill(Number.NEGATIVE_INFINITY);
  const weeklyParts: number[][] = [];
  const weeklyStart = new Int32Array(n + 1);
  const conflicts = new Map<string, number[]>();
  const prepared = {
    active: new Uint8Array(n),
    notAccepting: new Uint8Array(n),
    free: new Float64Array(n),
    maxMentees: new Float64Array(n),
    programme: new Int32Array(n),
    country: new Int32Array(n),
    timezone: new Int32Array(n),
    modeMask: new Uint8Array(n),
    inPersonArea: new Int32Array(n),
    region: new Int32Array(n),
    fromDay: new Float64Array(n),
    toDay: new Float64Array(n),
    yearsOfExperience: new Float64Array(n),
    etwinningProjects: new Float64Array(n),
    nationalQualityLabels: new Float64Array(n),
    trainingCompleted: new Uint8Array(n),
    hasPrivate: new Uint8Array(n),
    membershipDay: new Float64Array(n),
  };
  list.forEach((m, i) => {
    prepared.active[i] = m.status === 'active' ? 1 : 0;
    prepared.notAccepting[i] = m.capacity?.acceptingRequests === false ? 1 : 0;
    prepared.free[i] = freePlaces(m);
    prepared.maxMentees[i] = maxMentees(m);
    prepared.programme[i] = lookup(programmes, m.programmeId);
    prepared.country[i] = lookup(countries, m.country);
    prepared.timezone[i] = lookup(timezones, canonicalTimezone(m.timezone));
    prepared.modeMask[i] = modeMask(m.availability?.meetingModes);
    prepared.inPersonArea[i] = lookup(inPersonAreas, areas[i]);
    prepared.region[i] = lookup(regions, regionKeys[i]);
    prepared.fromDay[i] = isoDay(m.availability?.from);
    prepared.toDay[i] = isoDay(m.availability?.to);
    prepared.yearsOfExperience[i] = finiteOr(m.eligibility?.yearsOfExperience, 0);
    prepared.etwinningProjects[i] = finiteOr(m.experience?.etwinning?.projects, 0);
    prepared.nationalQualityLabels[i] = finiteOr(m.experience?.etwinning?.nationalQualityLabels, 0);
    prepared.trainingCompleted[i] = m.eligibility?.mentorTraining?.completed === true ? 1 : 0;
    const priv = 'private' in m ? m.private : undefined;
    prepared.hasPrivate[i] = priv ? 1 : 0;
    prepared.membershipDay[i] = isoDay(priv?.membership?.paidUntil);
    for (const skill of Array.isArray(m.languages) ? m.languages : []) {
      const language = lookup(languages, skill?.code);
      if (language < 0) continue;
      const at = i * languages.size + language;
      languageRanks[at] = Math.max(languageRanks[at] as number, languageLevelRank(skill?.level));
    }
    for (const cert of m.eligibility?.certificates ?? []) {
      const day = isoDay(cert?.validUntil);
      const type = lookup(certificateTypes, cert?.type);
      if (type < 0) continue;
      const at = i * certificateTypes.size + type;
      if (day > (certificateDays[at] as number)) certificateDays[at] = day;
    }
    for (const menteeId of uniqueStrings(priv?.conflictsWith)) conflicts.set(menteeId, [...(conflicts.get(menteeId) ?? []), i]);
    weeklyParts.push(weekMinutes(m.availability?.weekly));
    weeklyStart[i + 1] = (weeklyStart[i] as number) + (weeklyParts[i] as number[]).length;
  });
  return {
    kind: 'prepared-mentors',
    count: n,
    mentors: list,
    indexById: firstIndexById(list),
    ...prepared,
    programmes,
    countries,
    timezones,
    inPersonAreas,
    regions,
    languages,
    languageRanks,
    topics: preparedSet(list.map((m) => m.topics)),
    subjects: preparedSet(list.map((m) => m.subjects)),
    schoolLevels: preparedSet(list.map((m) => m.schoolLevels)),
    weekly: Int32Array.from(weeklyParts.flat()),
    weeklyStart,
    certificateTypes,
    certificateDays,
    conflicts,
  };
}

export function isPreparedMentors(value: unknown): value is PreparedMentors {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'prepared-mentors';
}

/** Indices of the mentors with this id (one, unless ids repeat). */
export function indicesOfId(prepared: PreparedMentors, id: string): number[] {
  const out: number[] = [];
  const first = prepared.indexById.get(id);
  if (first === undefined) return out;
  for (let i = first; i < prepared.count && prepared.mentors[i]?.id === id; i++) out.push(i);
  return out;
}

/** Whether mentor i has id `index` of the set. */
export function hasMember(set: PreparedSet, mentor: number, index: number): boolean {
  return (((set.masks[mentor * set.words + (index >>> 5)] as number) >>> (index & 31)) & 1) === 1;
}

function firstIndexById(list: readonly AnyMentor[]): Map<string, number> {
  const map = new Map<string, number>();
  list.forEach((m, i) => {
    if (typeof m.id === 'string' && !map.has(m.id)) map.set(m.id, i);
  });
  return map;
}

function preparedSet(lists: unknown[]): PreparedSet {
  const ids = dictionary(lists.flatMap((list) => (Array.isArray(list) ? list : [])));
  const words = Math.max(1, Math.ceil(ids.size / 32));
  const masks = new Uint32Array(lists.length * words);
  lists.forEach((list, i) => {
    if (!Array.isArray(list)) return;
    for (const id of list) {
      const index = lookup(ids, id);
      if (index < 0) continue;
      const at = i * words + (index >>> 5);
      masks[at] = ((masks[at] as number) | (1 << (index & 31))) >>> 0;
    }
  });
  return { ids, words, masks };
}

/** Distinct non-empty strings, numbered in sorted order. */
function dictionary(values: readonly unknown[]): Map<string, number> {
  const distinct = new Set<string>();
  for (const v of values) if (typeof v === 'string' && v.length > 0) distinct.add(v);
  return new Map([...distinct].sort(compareCodeUnits).map((v, i) => [v, i]));
}

function lookup(dict: ReadonlyMap<string, number>, value: unknown): number {
  return typeof value === 'string' ? (dict.get(value) ?? -1) : -1;
}

import { MEETING_MODES } from '../model/index.js';
import { normalizeText } from '../text/normalize-text.js';

const IN_PERSON_BIT = 1 << MEETING_MODES.indexOf('in-person');

/** A town as compared: trimmed, lower-case, diacritics folded (`Rīga` = `riga`); '' when not given. */
export function areaKey(value: unknown): string {
  return typeof value === 'string' ? normalizeText(value.trim()) : '';
}

/** Where one side is, as compared for meeting in person: keys of the town, region and country ('' when not given). */
export interface Whereabouts {
  town: string;
  region: string;
  country: string;
}

/**
 * Too far apart to meet in person, judged at the finest level both sides give: the towns they named
 * for it, else their regions, else their countries. Without a level in common, nothing says so.
 */
export function placesApart(a: Whereabouts, b: Whereabouts): boolean {
  if (a.town !== '' && b.town !== '') return a.town !== b.town;
  if (a.region !== '' && b.region !== '') return a.region !== b.region;
  return a.country !== '' && b.country !== '' && a.country !== b.country;
}

/** Dictionary indexes of a side's town, region and country: -1 when not given, -2 when no mentor has it. */
export function indexesApart(town: number, region: number, country: number, menteeTown: number, menteeRegion: number, menteeCountry: number): boolean {
  if (town !== -1 && menteeTown !== -1) return town !== menteeTown;
  if (region !== -1 && menteeRegion !== -1) return region !== menteeRegion;
  return country !== -1 && menteeCountry !== -1 && country !== menteeCountry;
}

/** The mentor's meeting modes (a MEETING_MODES bit mask) usable with a mentee: no in person between places apart. */
export function reachableModes(mentorModes: number, apart: boolean): number {
  return apart ? mentorModes & ~IN_PERSON_BIT : mentorModes;
}

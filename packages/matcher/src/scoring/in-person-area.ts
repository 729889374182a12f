import { MEETING_MODES } from '../model/index.js';
import { normalizeText } from '../text/normalize-text.js';

const IN_PERSON_BIT = 1 << MEETING_MODES.indexOf('in-person');

/** A town as compared: trimmed, lower-case, diacritics folded (`Rīga` = `riga`); '' when not given. */
export function areaKey(value: unknown): string {
  return typeof value === 'string' ? normalizeText(value.trim()) : '';
}

// Words that name the kind of area, not which one: "Harju maakond", "Vilniaus apskr.", "Harju County".
const AREA_KIND_WORDS = new Set(['county', 'region', 'province', 'maakond', 'mk', 'maakunta', 'laani', 'apskritis', 'apskr', 'novads', 'nov']);

/**
 * A region as compared: like `areaKey`, without words naming the kind of area, and with Estonian's
 * joined `-maa` ("land") taken off, so `Harjumaa`, `Harju maakond` and `Harju County` are one region.
 */
export function regionKey(value: unknown): string {
  const words = areaKey(value)
    .split(/[\s.,]+/)
    .filter((word) => word !== '' && !AREA_KIND_WORDS.has(word));
  const key = words.join(' ');
  return key.length > 5 && key.endsWith('maa') && !key.includes(' ') ? key.slice(0, -3) : key;
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

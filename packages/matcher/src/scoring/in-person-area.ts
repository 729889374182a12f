import { MEETING_MODES } from '../model/index.js';
import { normalizeText } from '../text/normalize-text.js';

const IN_PERSON_BIT = 1 << MEETING_MODES.indexOf('in-person');

/** A town as compared: trimmed, lower-case, diacritics folded (`Rīga` = `riga`); '' when not given. */
export function areaKey(value: unknown): string {
  return typeof value === 'string' ? normalizeText(value.trim()) : '';
}

/** Both name the town where they can meet in person, and the towns differ. */
export function areasDiffer(mentorArea: string, menteeArea: string): boolean {
  return mentorArea !== '' && menteeArea !== '' && mentorArea !== menteeArea;
}

/** The mentor's meeting modes (a MEETING_MODES bit mask) usable with a mentee: no in person between different towns. */
export function reachableModes(mentorModes: number, differentAreas: boolean): number {
  return differentAreas ? mentorModes & ~IN_PERSON_BIT : mentorModes;
}

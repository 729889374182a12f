/** One formatter per zone; `null` marks a zone this runtime does not know. */
const FORMATTERS = new Map<string, Intl.DateTimeFormat | null>();
const FORMATTERS_LIMIT = 1024;
/** Older tz data knows Kyiv only by its old name. */
const OLD_NAMES: Readonly<Record<string, string>> = { 'Europe/Kyiv': 'Europe/Kiev' };

const NOON = 12 * 60 * 60 * 1000;
const DAY = 24 * 60 * 60 * 1000;
/** Offsets are read on the mentee's first day, else the relationship's; without either, on a fixed winter day (2026-01-15). */
const FALLBACK_DAY = Date.UTC(2026, 0, 15) / DAY;

function create(zone: string): Intl.DateTimeFormat | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
  } catch {
    const old = OLD_NAMES[zone];
    return old ? create(old) : null;
  }
}

function formatter(zone: string): Intl.DateTimeFormat | null {
  let found = FORMATTERS.get(zone);
  if (found !== undefined) return found;
  found = create(zone);
  if (FORMATTERS.size >= FORMATTERS_LIMIT) FORMATTERS.clear();
  FORMATTERS.set(zone, found);
  return found;
}

/** Minutes the zone's clocks are ahead of UTC at `instant`; undefined for a zone the runtime does not know. */
export function zoneOffsetMinutes(zone: string, instant: number): number | undefined {
  const format = zone ? formatter(zone) : null;
  if (!format) return undefined;
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const local = Date.UTC(parts['year'] ?? 0, (parts['month'] ?? 1) - 1, parts['day'] ?? 1, parts['hour'] ?? 0, parts['minute'] ?? 0);
  return Math.round((local - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/** Offsets by zone and day: a cohort asks for the same few again for every mentee. */
const OFFSETS = new Map<string, number | undefined>();
const OFFSETS_LIMIT = 4096;

function offsetOn(zone: string, instant: number): number | undefined {
  const key = `${zone}|${instant}`;
  if (OFFSETS.has(key)) return OFFSETS.get(key);
  const offset = zoneOffsetMinutes(zone, instant);
  if (OFFSETS.size >= OFFSETS_LIMIT) OFFSETS.clear();
  OFFSETS.set(key, offset);
  return offset;
}

/**
 * Minutes to add to a clock time in zone `from` to read it in zone `to`, on `day` (days since
 * 1970-01-01, noon UTC; NaN for the fallback day). 0 for the same name, known or not (both sides
 * read one clock); undefined when the names differ and either is unknown, or a name is empty.
 */
export function zoneShift(from: string, to: string, day: number): number | undefined {
  if (from === to) return from ? 0 : undefined;
  const instant = (Number.isFinite(day) ? day : FALLBACK_DAY) * DAY + NOON;
  const a = offsetOn(from, instant);
  const b = offsetOn(to, instant);
  return a === undefined || b === undefined ? undefined : b - a;
}

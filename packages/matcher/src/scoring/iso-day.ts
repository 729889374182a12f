/** Parsed dates; the same few dates recur across every record, so this stays small. */
const DAY_CACHE = new Map<string, number>();
const DAY_CACHE_LIMIT = 4096;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date; NaN when the text is not such a date. */
export function isoDay(date: unknown): number {
  if (typeof date !== 'string') return Number.NaN;
  const cached = DAY_CACHE.get(date);
  if (cached !== undefined) return cached;
  const day = parseIsoDay(date);
  if (DAY_CACHE.size >= DAY_CACHE_LIMIT) DAY_CACHE.clear();
  DAY_CACHE.set(date, day);
  return day;
}

function parseIsoDay(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return Number.NaN;
  const [, y, m, d] = match;
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return Number.NaN;
  return Date.UTC(Number(y), month - 1, day) / 86_400_000;
}

/** Minutes since midnight of an `HH:MM` time; NaN when invalid. */
export function clockMinutes(time: unknown): number {
  if (typeof time !== 'string') return Number.NaN;
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return Number.NaN;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return Number.NaN;
  return hours * 60 + minutes;
}

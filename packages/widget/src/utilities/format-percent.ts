const formats = new Map<string, Intl.NumberFormat>();

// The first NumberFormat of a page costs tens of milliseconds; tables format a score per row.
function format(locale: string, signed: boolean): Intl.NumberFormat {
  const key = `${locale}|${signed}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0, ...(signed ? { signDisplay: 'exceptZero' as const } : {}) });
    formats.set(key, found);
  }
  return found;
}

/** A score from 0 to 1 as a whole percentage in `locale` ("85 %" in Finnish). */
export function formatPercent(score: number, locale: string): string {
  return format(locale, false).format(score);
}

/** A change of score as a signed whole percentage ("+5%", "−3%"; no sign for none). */
export function formatPercentChange(delta: number, locale: string): string {
  return format(locale, true).format(delta);
}

/** Decimals a fractional number keeps in an export: plenty for a score or a share, without float noise. */
const SCALE = 10_000;

// Halves away from zero, so -x is written as the negative of x.
function rounded(_key: string, value: unknown): unknown {
  if (typeof value !== 'number' || !Number.isFinite(value) || Number.isInteger(value)) return value;
  return (Math.sign(value) * Math.round(Math.abs(value) * SCALE)) / SCALE;
}

/**
 * JSON as the exports write it: two-space indent, a final newline, fractional numbers to 4 decimals
 * (a sum of weights such as 0.9149999999999999 is written 0.915). The numbers are for reading: a fit
 * or a threshold is decided on the unrounded score.
 */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, rounded, 2)}\n`;
}

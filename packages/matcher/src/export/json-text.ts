/** Decimals a fractional number keeps in an export: plenty for a score or a share, without float noise. */
const SCALE = 10_000;

function rounded(_key: string, value: unknown): unknown {
  return typeof value === 'number' && Number.isFinite(value) && !Number.isInteger(value) ? Math.round(value * SCALE) / SCALE : value;
}

/**
 * JSON as the exports write it: two-space indent, a final newline, fractional numbers to 4 decimals
 * (a sum of weights such as 0.9149999999999999 is written 0.915).
 */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, rounded, 2)}\n`;
}

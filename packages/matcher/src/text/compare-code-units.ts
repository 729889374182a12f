/** Plain UTF-16 code-unit order: locale-independent, for ids and the index's vocabulary. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

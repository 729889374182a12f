/** Trimmed non-empty strings from a list, a single string or anything else (which gives none). */
export function stringList(value: unknown): string[] {
  const items: unknown[] = Array.isArray(value) ? value : [value];
  const strings: string[] = [];
  for (const item of items) if (typeof item === 'string' && item.trim() !== '') strings.push(item.trim());
  return strings;
}

/** Words for a language level and a rule's side, shared by the locale catalogues. */
export function level(value: string, native: string): string {
  return value === 'native' ? native : value;
}

/** At most five ids, then how many more, in the locale's words. */
export function someIds(ids: readonly string[], more: (n: number) => string): string {
  return ids.length > 5 ? `${ids.slice(0, 5).join(', ')} ${more(ids.length - 5)}` : ids.join(', ');
}

export function side(value: string, sides: { mentor: string; mentee: string }): string {
  return value === 'mentee' ? sides.mentee : sides.mentor;
}

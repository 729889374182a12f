/** Words for a language level and a rule's side, shared by the locale catalogues. */
export function level(value: string, native: string): string {
  return value === 'native' ? native : value;
}

export function side(value: string, sides: { mentor: string; mentee: string }): string {
  return value === 'mentee' ? sides.mentee : sides.mentor;
}

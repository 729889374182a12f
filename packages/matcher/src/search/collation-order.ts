/** A collator for `locale`, or for `fallback` when `locale` is not a valid tag. */
export function resolveCollator(locale: unknown, fallback: string): Intl.Collator {
  try {
    if (typeof locale === 'string' && locale.trim() !== '') return new Intl.Collator(locale.trim());
  } catch {
    // An invalid tag from a page's lang attribute must not break the list.
  }
  try {
    return new Intl.Collator(fallback);
  } catch {
    return new Intl.Collator('en');
  }
}

/** Mentor indexes ordered by display name under `collator`, ties by id rank. */
export function collationOrder(names: readonly string[], idRank: Int32Array, collator: Intl.Collator): Int32Array {
  const order = Int32Array.from(names, (_, i) => i);
  const compare = collator.compare;
  return order.sort((a, b) => compare(names[a]!, names[b]!) || idRank[a]! - idRank[b]!);
}

/** Plural forms a catalogue may give; `other` is required, the rest fall back to it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rulesCache = new Map<string, Intl.PluralRules>();

/** Picks the form of `forms` that `Intl.PluralRules` selects for `count` in `locale`. */
export function plural(locale: string, count: number, forms: PluralForms): string {
  let rules = rulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesCache.set(locale, rules);
  }
  return (forms[rules.select(count)] ?? forms.other).replace('#', String(count));
}

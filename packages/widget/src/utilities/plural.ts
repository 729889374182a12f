/** Plural forms a catalogue may give; `other` is required, the rest fall back to it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rulesCache = new Map<string, Intl.PluralRules>();

/**
 * CLDR's cardinal rule for a whole number in the UI's languages. A page's first Intl.PluralRules
 * costs milliseconds while the browser loads locale data, and the first list's count needs one.
 */
function wholeNumberRule(language: string, n: number): Intl.LDMLPluralRule | undefined {
  const last = n % 10;
  const lastTwo = n % 100;
  const teen = lastTwo >= 11 && lastTwo <= 19;
  switch (language) {
    case 'en':
    case 'et':
    case 'fi':
      return n === 1 ? 'one' : 'other';
    case 'lt':
      return teen || last === 0 ? 'other' : last === 1 ? 'one' : 'few';
    case 'lv':
      return teen || last === 0 ? 'zero' : last === 1 ? 'one' : 'other';
    default:
      return undefined;
  }
}

function rule(locale: string, count: number): Intl.LDMLPluralRule {
  const known = Number.isSafeInteger(count) && count >= 0 ? wholeNumberRule(locale, count) : undefined;
  if (known) return known;
  let rules = rulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesCache.set(locale, rules);
  }
  return rules.select(count);
}

/** Picks the form of `forms` that `Intl.PluralRules` selects for `count` in `locale`. */
export function plural(locale: string, count: number, forms: PluralForms): string {
  return (forms[rule(locale, count)] ?? forms.other).replace('#', String(count));
}

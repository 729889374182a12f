import type { Translation } from '../../translations/translation.js';

const warmed = new Set<string>();

/**
 * Creates the Intl objects the first list needs (the name collation, plural rules) for a locale.
 * The first of each in a page costs tens of milliseconds while the browser loads its locale data;
 * done while the mentor data is on its way, that cost is off the path to the first card. Later
 * instances for the same locale are cheap. (Language and country names come from the catalogues.)
 */
export function warmUpFirstRender(t: Translation): void {
  const locale = t.$code;
  if (warmed.has(locale)) return;
  warmed.add(locale);
  try {
    new Intl.Collator(locale).compare('a', 'b');
    t.resultsCount(2);
  } catch {
    // A browser without one of these shows codes instead; the render reports nothing either.
  }
}

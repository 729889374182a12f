const CODE = { language: /^[a-z]{2,3}$/, region: /^[A-Z]{2}$/ } as const;
const cache = new Map<string, Intl.DisplayNames | null>();

function displayNames(locale: string, type: 'language' | 'region'): Intl.DisplayNames | null {
  const key = `${locale}|${type}`;
  if (!cache.has(key)) {
    let names: Intl.DisplayNames | null = null;
    try {
      // `fallback: 'none'` makes an unknown code return undefined rather than the code.
      if (typeof Intl !== 'undefined' && typeof Intl.DisplayNames === 'function') {
        names = new Intl.DisplayNames([locale], { type, fallback: 'none' });
      }
    } catch {
      names = null;
    }
    cache.set(key, names);
  }
  return cache.get(key) ?? null;
}

function lookup(locale: string, type: 'language' | 'region', code: string): string | undefined {
  try {
    return displayNames(locale, type)?.of(code) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Name of a language (ISO 639-1) or country (ISO 3166-1 alpha-2) in a locale through
 * `Intl.DisplayNames`, else in English, else the code itself.
 */
export function displayName(type: 'language' | 'region', code: string, locale: string): string {
  if (typeof code !== 'string') return '';
  const normalized = type === 'language' ? code.trim().toLowerCase() : code.trim().toUpperCase();
  if (!CODE[type].test(normalized)) return code;
  return lookup(locale, type, normalized) ?? lookup('en', type, normalized) ?? normalized;
}

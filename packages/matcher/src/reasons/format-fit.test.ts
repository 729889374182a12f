import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../i18n/index.js';
import { FIT_LABELS, type FitLabel } from '../scoring/fit-label.js';
import { formatFit } from './format-fit.js';

describe('formatFit', () => {
  it('words every fit label in every locale, each label differently', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const words = FIT_LABELS.map((fit) => formatFit(fit, locale));
      for (const w of words) expect(w, locale).toMatch(/\p{L}{2}/u);
      expect(new Set(words).size, locale).toBe(FIT_LABELS.length);
    }
    expect(formatFit('very-good', 'et')).toBe('Väga hea sobivus');
    expect(formatFit('unknown', 'en')).toBe('Not enough to judge fit');
  });

  it('falls back to English for another locale and to "unknown" for a label it does not know', () => {
    expect(formatFit('good', 'de-AT')).toBe(formatFit('good', 'en'));
    expect(formatFit('excellent' as FitLabel, 'fi')).toBe(formatFit('unknown', 'fi'));
  });
});

import { expect } from '@open-wc/testing';
import { plural } from './plural.js';

const FORMS = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };

describe('plural', () => {
  for (const locale of ['en', 'et', 'fi', 'lt', 'lv']) {
    it(`picks the form Intl.PluralRules picks for whole numbers and fractions (${locale})`, () => {
      const rules = new Intl.PluralRules(locale);
      const counts = [...Array.from({ length: 2500 }, (_, i) => i), 1_000_001, 0.5, 1.5, 2.25, -1];
      const differ = counts.filter((n) => plural(locale, n, FORMS) !== rules.select(n));
      expect(differ).to.deep.equal([]);
    });
  }

  it('needs no Intl.PluralRules for whole numbers in the five languages', () => {
    const PluralRules = Intl.PluralRules;
    let made = 0;
    (Intl as { PluralRules: typeof Intl.PluralRules }).PluralRules = new Proxy(PluralRules, { construct: (target, args: ConstructorParameters<typeof Intl.PluralRules>) => ((made += 1), new target(...args)) });
    try {
      for (const locale of ['en', 'et', 'fi', 'lt', 'lv']) for (let n = 0; n < 200; n++) plural(locale, n, FORMS);
      expect(made).to.equal(0);
      plural('pl', 2, FORMS);
      expect(made).to.equal(1);
    } finally {
      (Intl as { PluralRules: typeof Intl.PluralRules }).PluralRules = PluralRules;
    }
  });

  it('falls back to the other form when a catalogue gives none for the rule', () => {
    expect(plural('lt', 3, { one: '# mentorius', other: '# mentoriai' })).to.equal('3 mentoriai');
    expect(plural('de', 1, { one: '# Mentor', other: '# Mentoren' })).to.equal('1 Mentor');
  });
});

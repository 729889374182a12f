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

  it('falls back to the other form when a catalogue gives none for the rule', () => {
    expect(plural('lt', 3, { one: '# mentorius', other: '# mentoriai' })).to.equal('3 mentoriai');
    expect(plural('de', 1, { one: '# Mentor', other: '# Mentoren' })).to.equal('1 Mentor');
  });
});

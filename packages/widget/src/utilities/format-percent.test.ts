import { expect } from '@open-wc/testing';
import { formatPercent, formatPercentChange } from './format-percent.js';

describe('formatPercent', () => {
  it('writes whole percentages the way the language does', () => {
    expect(formatPercent(0.854, 'en')).to.equal('85%');
    expect(formatPercent(0.854, 'fi').replace(/\s/g, ' ')).to.equal('85 %');
  });

  it('signs changes, and leaves none unsigned', () => {
    expect(formatPercentChange(0.05, 'en')).to.equal('+5%');
    expect(formatPercentChange(-0.03, 'en')).to.match(/^[-−]3%$/);
    expect(formatPercentChange(0, 'en')).to.equal('0%');
  });
});

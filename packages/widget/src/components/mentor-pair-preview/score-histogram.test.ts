import { expect } from '@open-wc/testing';
import { scoreHistogram } from './score-histogram.js';

describe('scoreHistogram', () => {
  it('counts scores in ten equal bins, the last one holding 1', () => {
    const bins = scoreHistogram([0, 0.05, 0.1, 0.55, 0.999, 1]);
    expect(bins.map((b) => b.count)).to.deep.equal([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
    expect(bins[0]).to.deep.include({ from: 0, to: 0.1 });
    expect(bins[9]).to.deep.include({ from: 0.9, to: 1 });
  });

  it('clamps out-of-range scores, skips non-finite ones, and takes a bin count', () => {
    expect(scoreHistogram([-1, 2, Number.NaN, Number.POSITIVE_INFINITY], { bins: 2 }).map((b) => b.count)).to.deep.equal([1, 1]);
    expect(scoreHistogram([], { bins: 4 }).map((b) => b.count)).to.deep.equal([0, 0, 0, 0]);
  });
});

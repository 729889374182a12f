import { expect } from '@open-wc/testing';
import type { SuggestedPair } from '@mentor-finder/matcher';
import { filterPairRows, sortPairRows, type PairRow } from './pair-rows.js';

const row = (menteeId: string, menteeName: string, mentorId: string, mentorName: string, score: number): PairRow => ({
  pair: { menteeId, mentorId, score, reasons: [], pinned: false } as SuggestedPair,
  menteeName,
  mentorName,
});

const ROWS = [
  row('e-3', 'Õie K.', 'm-1', 'Jüri T.', 0.5),
  row('e-1', 'Aino L.', 'm-2', 'Rūta P.', 0.8),
  row('e-2', 'Aino L.', 'm-1', 'Jüri T.', 0.5),
  row('e-4', 'Zane B.', 'm-3', 'Ārija S.', 0.9),
];
const ids = (rows: PairRow[]) => rows.map((r) => r.pair.menteeId);

describe('sortPairRows', () => {
  it('sorts names by the locale, ties by mentee id', () => {
    expect(ids(sortPairRows(ROWS, { column: 'mentee', direction: 'ascending' }, 'et'))).to.deep.equal(['e-1', 'e-2', 'e-4', 'e-3']);
    expect(ids(sortPairRows(ROWS, { column: 'mentee', direction: 'ascending' }, 'en'))).to.deep.equal(['e-1', 'e-2', 'e-3', 'e-4']);
    expect(ids(sortPairRows(ROWS, { column: 'mentor', direction: 'descending' }, 'en'))).to.deep.equal(['e-1', 'e-2', 'e-3', 'e-4']);
  });

  it('sorts scores numerically with the id tie-break in both directions', () => {
    expect(ids(sortPairRows(ROWS, { column: 'score', direction: 'descending' }, 'en'))).to.deep.equal(['e-4', 'e-1', 'e-2', 'e-3']);
    expect(ids(sortPairRows(ROWS, { column: 'score', direction: 'ascending' }, 'en'))).to.deep.equal(['e-2', 'e-3', 'e-1', 'e-4']);
    expect(ids(ROWS), 'input unchanged').to.deep.equal(['e-3', 'e-1', 'e-2', 'e-4']);
  });
});

describe('filterPairRows', () => {
  it('matches names and ids, ignoring case and diacritics', () => {
    expect(ids(filterPairRows(ROWS, 'juri'))).to.deep.equal(['e-3', 'e-2']);
    expect(ids(filterPairRows(ROWS, 'ARIJA'))).to.deep.equal(['e-4']);
    expect(ids(filterPairRows(ROWS, 'm-2'))).to.deep.equal(['e-1']);
    expect(ids(filterPairRows(ROWS, '  '))).to.deep.equal(['e-3', 'e-1', 'e-2', 'e-4']);
    expect(filterPairRows(ROWS, 'nobody')).to.deep.equal([]);
  });
});

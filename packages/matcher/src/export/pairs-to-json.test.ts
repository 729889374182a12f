import { describe, expect, it } from 'vitest';
import { pairsToJson } from './pairs-to-json.js';
import { sampleReport } from './test/sample-report.js';

describe('pairsToJson', () => {
  it('writes Pair records, a pinned pair carrying its warnings among its reasons', () => {
    const json = JSON.parse(pairsToJson(sampleReport()));
    expect(json.pairs).toEqual([
      { mentorId: 'm-1', menteeId: 'e-1', score: 0.825, reasons: [{ code: 'shared-language', effect: 'positive', params: { language: 'et', level: 'C1' } }], pinned: false, forbidden: false, state: 'proposed' },
      { mentorId: 'm-2', menteeId: 'e-2', score: 0, reasons: [{ code: 'no-shared-language', effect: 'blocking' }], pinned: true, forbidden: false, state: 'proposed' },
    ]);
    expect(json.runs[0]).toMatchObject({ programmeId: null, strategy: 'optimal', stats: { matched: 2 } });
    expect(json.runs[0].unmatched[0].menteeId).toBe('e-3');
    expect(json.inputIssues).toHaveLength(1);
  });
});

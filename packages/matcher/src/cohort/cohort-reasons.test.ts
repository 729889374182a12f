import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import type { Mentee, Mentor, Programme, Reason } from '../model/index.js';
import { COHORT_REASON_CODES, formatReason, REASON_CODES } from '../reasons/index.js';
import { UNMATCHED_CODES } from './explain-unmatched.js';
import { suggestPairs } from './suggest-pairs.js';
import type { Suggestion } from './suggestion.js';

const mentors = loadSample<Mentor[]>('mentors');
const mentees = loadSample<Mentee[]>('mentees');
const programmes = loadSample<Programme[]>('programmes');

function reasonsOf(s: Suggestion): Reason[] {
  const inner = (r: Reason): Reason[] => (r.code === UNMATCHED_CODES.blockedBy ? [r, { code: String(r.params?.['reason']), effect: 'blocking' }] : [r]);
  return [
    ...s.issues,
    ...s.pairs.flatMap((p) => [...p.reasons, ...(p.warnings ?? [])]),
    ...s.unmatched.flatMap((u) => u.reasons),
  ].flatMap(inner);
}

describe('cohort reason codes', () => {
  it('lists every unmatched code', () => {
    expect(COHORT_REASON_CODES).toEqual(expect.arrayContaining(Object.values(UNMATCHED_CODES)));
  });

  it('gives only codes the catalogue words, in every locale', () => {
    const [etwinning] = programmes;
    const menteeId = mentees.find((m) => m.programmeId === etwinning?.id)?.id ?? '';
    const mentorIds = mentors.filter((m) => m.programmeId === etwinning?.id).map((m) => m.id);
    const runs = programmes.map((programme) =>
      suggestPairs({
        mentors,
        mentees,
        programme,
        pins: [
          { menteeId, mentorId: mentorIds[0] ?? '' },
          { menteeId, mentorId: mentorIds[1] ?? '' },
          { menteeId: 'e-nobody', mentorId: mentorIds[0] ?? '' },
          { menteeId: 'e-pt-01', mentorId: mentorIds[2] ?? '' },
          { menteeId: 'e-pt-01', mentorId: mentorIds[2] ?? '' },
        ],
        exclusions: [{ menteeId: 'e-hu-01', mentorId: mentorIds[0] ?? '' }, { menteeId: 'e-ee-01' } as never],
        existingPairs: [{ menteeId: 'e-ee-02', mentorId: mentorIds[3] ?? '' }, { menteeId: 'e-ee-02', mentorId: 'm-nobody' }],
      }),
    );
    runs.push(suggestPairs({ mentors: [], mentees }));
    // A programme allowing fewer mentees per mentor than the records offer.
    runs.push(suggestPairs({ mentors, mentees, programme: { ...etwinning!, capacity: { maxMentees: 1 } } }));
    const codes = new Set(runs.flatMap(reasonsOf).map((r) => r.code));
    const known = new Set<string>([...REASON_CODES, ...COHORT_REASON_CODES]);
    expect([...codes].filter((c) => !known.has(c))).toEqual([]);
    // the check means little unless the runs gave many cohort codes
    expect([...codes].filter((c) => (COHORT_REASON_CODES as readonly string[]).includes(c)).length).toBeGreaterThanOrEqual(8);
    for (const reason of runs.flatMap(reasonsOf)) {
      for (const locale of ['en', 'et', 'fi', 'lt', 'lv']) {
        const generic = formatReason({ code: 'zz-none', effect: 'negative' }, locale).replace('zz-none', reason.code);
        expect(formatReason(reason, locale), `${locale} ${reason.code}`).not.toBe(generic);
      }
    }
  });
});

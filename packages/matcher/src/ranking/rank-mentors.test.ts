import { describe, expect, expectTypeOf, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import type { Mentee, Mentor, Programme, PublicMentor } from '../model/index.js';
import { scorePair } from '../scoring/score-pair.js';
import { buildMenteeContext } from '../scoring/mentee-context.js';
import { toPublicMentors } from '../validation/to-public-mentor.js';
import { prepareMentors } from './prepare-mentors.js';
import { INELIGIBLE, scorePrepared } from './score-prepared.js';
import { DEFAULT_RANK_OPTIONS, rankMentors, topIndices } from './rank-mentors.js';

const mentors = loadSample<Mentor[]>('mentors');
const mentees = loadSample<Mentee[]>('mentees');
const programmes = loadSample<Programme[]>('programmes');
const career = programmes.find((p) => p.id === 'career-mentoring-2025-26') as Programme;
const etwinning = programmes.find((p) => p.id === 'etwinning-mentors-2026') as Programme;
const mentee = (id: string) => mentees.find((m) => m.id === id) as Mentee;
const ids = (list: { mentor: { id: string } }[]) => list.map((r) => r.mentor.id);

describe('rankMentors', () => {
  it('gives back the records it was given, typed as given: full mentors keep their private part', () => {
    const full = rankMentors(mentee('e-ee-02'), mentors, { programme: etwinning });
    expectTypeOf(full[0]!.mentor).toEqualTypeOf<Mentor>();
    expect(full[0]!.mentor.private.email).toMatch(/@/);
    const prepared = rankMentors(mentee('e-ee-02'), prepareMentors(mentors), { programme: etwinning });
    expectTypeOf(prepared[0]!.mentor).toEqualTypeOf<Mentor>();
    expect(prepared.map((r) => r.mentor)).toEqual(full.map((r) => r.mentor));
    const published: PublicMentor[] = toPublicMentors(mentors);
    expectTypeOf(rankMentors(mentee('e-ee-02'), published)[0]!.mentor).toEqualTypeOf<PublicMentor>();
  });

  it('lists eligible mentors by score, best first, with their scorePair result', () => {
    const ranked = rankMentors(mentee('e-ee-02'), mentors, { programme: etwinning });
    expect(ranked.length).toBeGreaterThan(5);
    ranked.forEach((r, i) => {
      expect(r.rank).toBe(i + 1);
      expect(r.result.eligible).toBe(true);
      expect(r.result).toEqual(scorePair(r.mentor, mentee('e-ee-02'), { programme: etwinning }));
      if (i > 0) expect(ranked[i - 1]!.result.score).toBeGreaterThanOrEqual(r.result.score);
    });
    // every eligible mentor is there, and only those
    const eligible = mentors.filter((m) => scorePair(m, mentee('e-ee-02'), { programme: etwinning }).eligible).map((m) => m.id);
    expect(ids(ranked).sort()).toEqual(eligible.sort());
    expect(ids(ranked)).not.toContain('m-ee-02');
  });

  it('scores every sample pair in the kernel exactly as scorePair does', () => {
    const prepared = prepareMentors(mentors);
    let eligible = 0;
    for (const options of [{}, { programme: etwinning }, { programme: career }]) {
      for (const m of mentees) {
        const fast = scorePrepared(prepared, buildMenteeContext(m, options));
        prepared.mentors.forEach((mentor, i) => {
          const full = scorePair(mentor, m, options);
          if (full.eligible) eligible++;
          expect(fast[i], `${m.id} ${mentor.id}`).toBe(full.eligible ? full.score : INELIGIBLE);
        });
      }
    }
    expect(eligible).toBeGreaterThan(500);
  });

  it("holds mentors to the programme's most mentees, scoring as scorePair does", () => {
    const strict: Programme = { ...etwinning, capacity: { maxMentees: 1 } };
    const ranked = rankMentors(mentee('e-fi-02'), mentors, { programme: strict });
    // Every mentor of the programme with a mentee already has no place left under a limit of one.
    expect(ranked.length).toBeGreaterThan(0);
    for (const r of ranked) expect(r.mentor.capacity.currentMentees).toBe(0);
    expect(ids(rankMentors(mentee('e-fi-02'), mentors, { programme: etwinning }))).toContain('m-fi-01');
    expect(ids(ranked)).not.toContain('m-fi-01');
    const prepared = prepareMentors(mentors);
    for (const m of mentees) {
      for (const maxMentees of [1, 2]) {
        const options = { programme: { ...etwinning, capacity: { maxMentees } } };
        const fast = scorePrepared(prepared, buildMenteeContext(m, options));
        prepared.mentors.forEach((mentor, i) => {
          const full = scorePair(mentor, m, options);
          expect(fast[i], `${m.id} ${mentor.id} ${maxMentees}`).toBe(full.eligible ? full.score : INELIGIBLE);
        });
      }
    }
  });

  it('leaves out the in-person-only mentor in another town (m-cc-09 for e-cc-01 in Tallinn)', () => {
    const ranked = rankMentors(mentee('e-cc-01'), mentors, { programme: career, includeIneligible: true });
    const far = ranked.find((r) => r.mentor.id === 'm-cc-09');
    expect(far?.result.eligible).toBe(false);
    expect(ids(ranked.filter((r) => r.result.eligible))).not.toContain('m-cc-09');
    const kuressaare = { ...mentee('e-cc-01'), preferences: { ...mentee('e-cc-01').preferences, inPersonArea: 'Kuressaare' } };
    expect(ids(rankMentors(kuressaare, mentors, { programme: career }))).toContain('m-cc-09');
  });

  it('ranks with DEFAULT_RANK_OPTIONS when no rank options are given', () => {
    expect(Object.isFrozen(DEFAULT_RANK_OPTIONS)).toBe(true);
    const plain = rankMentors(mentee('e-ee-02'), mentors, { programme: etwinning });
    expect(rankMentors(mentee('e-ee-02'), mentors, { programme: etwinning, ...DEFAULT_RANK_OPTIONS })).toEqual(plain);
    expect(plain.every((r) => r.result.eligible)).toBe(true);
    expect(plain.length).toBe(mentors.filter((m) => scorePair(m, mentee('e-ee-02'), { programme: etwinning }).eligible).length);
  });

  it('breaks exact ties by id', () => {
    const ranked = ids(rankMentors(mentee('e-fi-01'), mentors));
    expect(ranked.indexOf('m-fi-03')).toBe(ranked.indexOf('m-fi-04') - 1);
    const reversed = ids(rankMentors(mentee('e-fi-01'), [...mentors].reverse()));
    expect(reversed).toEqual(ranked);
    const lt = ids(rankMentors(mentee('e-lt-01'), [...mentors].reverse()));
    expect(lt.indexOf('m-lt-02')).toBe(lt.indexOf('m-lt-03') - 1);
  });

  it('puts the preferred mentor first for e-ee-13', () => {
    expect(ids(rankMentors(mentee('e-ee-13'), mentors, { limit: 1 }))).toEqual(['m-ee-01']);
  });

  it('honours limit and lists ineligible mentors after, by id, when asked', () => {
    const all = rankMentors(mentee('e-cc-01'), mentors, { programme: career, includeIneligible: true });
    expect(all).toHaveLength(mentors.length);
    const firstIneligible = all.findIndex((r) => !r.result.eligible);
    expect(all.slice(firstIneligible).every((r) => !r.result.eligible)).toBe(true);
    const tail = ids(all.slice(firstIneligible));
    expect(tail).toEqual([...tail].sort());
    const m05 = all.find((r) => r.mentor.id === 'm-cc-05');
    expect(m05?.result.reasons[0]).toMatchObject({ code: 'rule-certificate', effect: 'blocking' });
    // m-cc-09 meets in person only, in Kuressaare; e-cc-01 is in Tallinn
    expect(ids(all.slice(0, firstIneligible)).sort()).toEqual(['m-cc-01', 'm-cc-02', 'm-cc-04', 'm-cc-10']);
    expect(rankMentors(mentee('e-cc-01'), mentors, { programme: career, limit: 2 })).toHaveLength(2);
    expect(rankMentors(mentee('e-cc-01'), mentors, { programme: career, limit: 0 })).toEqual([]);
    expect(rankMentors(mentee('e-cc-01'), mentors, { programme: career, limit: 6, includeIneligible: true })).toHaveLength(6);
  });

  it('returns nobody for mentees without any possible mentor', () => {
    for (const id of ['e-pt-01', 'e-hu-01', 'e-am-01', 'e-lv-03']) expect(rankMentors(mentee(id), mentors), id).toEqual([]);
    for (const id of ['e-cc-09', 'e-cc-10', 'e-cc-11']) expect(rankMentors(mentee(id), mentors, { programme: career }), id).toEqual([]);
  });

  it('gives the same list from prepared mentors as from the array', () => {
    const prepared = prepareMentors(mentors);
    for (const m of mentees.slice(0, 20)) {
      expect(rankMentors(m, prepared, { limit: 5 })).toEqual(rankMentors(m, mentors, { limit: 5 }));
    }
  });

  it('says on every result whether the goals were understood, so the finder can ask for topics', () => {
    const query = (text: string) => ({ languages: [{ code: 'et', level: 'native' as const }], country: 'EE', goals: { text, lang: 'et' } });
    const vague = rankMentors(query('asdf qwer'), mentors, { limit: 5 });
    expect(vague.length).toBe(5);
    for (const r of vague) expect([r.result.goals, r.result.fit]).toEqual(['not-understood', 'unknown']);
    const negated = rankMentors({ ...query('I do NOT want to find a partner'), goals: { text: 'I do NOT want to find a partner', lang: 'en' } }, mentors, { limit: 3 });
    for (const r of negated) expect(r.result.goals).toBe('not-understood');
    const understood = rankMentors(query('Tahan leida partnerkooli'), mentors, { limit: 3 });
    for (const r of understood) expect(r.result.goals).toBe('understood');
    expect(understood[0]!.result.score).toBeGreaterThan(vague[0]!.result.score);
    expect(rankMentors({ languages: [{ code: 'en', level: 'C1' }] }, mentors, { limit: 1 })[0]!.result.goals).toBe('none');
  });

  it('takes a visitor query', () => {
    const ranked = rankMentors({ languages: [{ code: 'ru', level: 'native' }], goals: { text: 'Tahan projekti jaoks partnereid leida', lang: 'et' } }, mentors, { limit: 3 });
    expect(ranked.length).toBe(3);
    for (const r of ranked) expect(r.mentor.languages.some((l) => l.code === 'ru')).toBe(true);
  });

  it('does not crash on bad input', () => {
    expect(rankMentors(mentee('e-ee-01'), null as unknown as Mentor[])).toEqual([]);
    expect(rankMentors(null as unknown as Mentee, mentors)).toEqual([]);
    expect(rankMentors(mentee('e-ee-01'), mentors, null as unknown as undefined).length).toBeGreaterThan(0);
    expect(rankMentors(mentee('e-ee-01'), [null, 3, mentors[0]] as unknown as Mentor[], { limit: Number.NaN })).toHaveLength(1);
  });
});

describe('topIndices', () => {
  it('keeps the k best, ties in index order, skipping ineligible (-1)', () => {
    const scores = Float64Array.from([0.5, -1, 0.9, 0.5, 0.7, 0.5]);
    expect(topIndices(scores, 3)).toEqual([2, 4, 0]);
    expect(topIndices(scores, 4)).toEqual([2, 4, 0, 3]);
    expect(topIndices(scores, 10)).toEqual([2, 4, 0, 3, 5]);
    expect(topIndices(new Float64Array(0), 3)).toEqual([]);
  });

  it('agrees with a full sort for large k', () => {
    const scores = Float64Array.from({ length: 500 }, (_, i) => ((i * 7919) % 101) / 100 - (i % 13 === 0 ? 2 : 0)).map((s) => (s < 0 ? -1 : s));
    const sorted = [...scores.keys()].filter((i) => scores[i] !== -1).sort((a, b) => scores[b]! - scores[a]! || a - b);
    expect(topIndices(scores, 20)).toEqual(sorted.slice(0, 20));
    expect(topIndices(scores, 100)).toEqual(sorted.slice(0, 100));
  });
});

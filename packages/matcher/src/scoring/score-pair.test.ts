import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import type { Mentee, Mentor, Programme, PublicMentor } from '../model/index.js';
import { formatReason } from '../reasons/format-reason.js';
import { toPublicMentor } from '../validation/to-public-mentor.js';
import { DEFAULT_WEIGHTS, SCORE_COMPONENTS } from './default-weights.js';
import { buildMenteeContext } from './mentee-context.js';
import { blockingWithContext, scorePair, scoreWithContext } from './score-pair.js';

const mentors = loadSample<Mentor[]>('mentors');
const mentees = loadSample<Mentee[]>('mentees');
const programmes = loadSample<Programme[]>('programmes');
const etwinning = programmes.find((p) => p.id === 'etwinning-mentors-2026') as Programme;
const career = programmes.find((p) => p.id === 'career-mentoring-2025-26') as Programme;

const mentor = (id: string) => mentors.find((m) => m.id === id) as Mentor;
const mentee = (id: string) => mentees.find((m) => m.id === id) as Mentee;
const codes = (result: { reasons: { code: string }[] }) => result.reasons.map((r) => r.code);
const blockingCodes = (result: { reasons: { code: string; effect: string }[] }) =>
  result.reasons.filter((r) => r.effect === 'blocking').map((r) => r.code);

function toPublic(m: Mentor): PublicMentor {
  const { private: _private, capacity, ...rest } = m;
  return {
    ...rest,
    capacity: {
      maxMentees: capacity.maxMentees,
      acceptingRequests: capacity.acceptingRequests,
      status: capacity.currentMentees >= capacity.maxMentees ? 'full' : 'available',
    },
  };
}

describe('scorePair', () => {
  it('scores an eligible pair in 0..1 with every component in 0..1', () => {
    const result = scorePair(mentor('m-ee-01'), mentee('e-ee-02'), { programme: etwinning });
    expect(result.eligible).toBe(true);
    expect(result.score).toBeGreaterThan(0);
    expect(result.score).toBeLessThanOrEqual(1);
    expect(Object.keys(result.components).sort()).toEqual([...SCORE_COMPONENTS].sort());
    for (const value of Object.values(result.components)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    expect(result.reasons.find((r) => r.code === 'topic-match')?.params).toEqual({ topics: ['national-quality-label'] });
    expect(result.reasons.find((r) => r.code === 'shared-language')?.params).toEqual({ language: 'et', level: 'native' });
  });

  it('gives the same result for a public record as for the full one when nothing private matters', () => {
    const full = scorePair(mentor('m-fi-01'), mentee('e-fi-02'));
    const pub = scorePair(toPublic(mentor('m-fi-01')), mentee('e-fi-02'));
    expect(pub.eligible).toBe(true);
    expect(pub.reasons.map((r) => r.code).sort()).toEqual(full.reasons.map((r) => r.code).sort());
    // public records know only "available", so all places count as free
    expect(pub.components.freePlaces).toBe(1);
    expect(full.components.freePlaces).toBeCloseTo(2 / 3, 12);
  });

  it("holds a mentor to the programme's most mentees: places above it are neither free nor in the maximum", () => {
    // m-fi-01 offers 3 places and has 1 mentee; e-fi-02 is eligible for it under the sample programme.
    const capped = (maxMentees: number): Programme => ({ ...etwinning, capacity: { maxMentees } });
    const two = scorePair(mentor('m-fi-01'), mentee('e-fi-02'), { programme: capped(2) });
    expect(two.eligible).toBe(true);
    expect(two.components.freePlaces).toBe(1 / 2);
    expect(two.reasons.find((r) => r.code === 'free-places')?.params).toEqual({ free: 1 });
    const one = scorePair(mentor('m-fi-01'), mentee('e-fi-02'), { programme: capped(1) });
    expect(blockingCodes(one)).toEqual(['mentor-full']);
    // A public record knows only that places are free: it counts as offering the programme's most.
    expect(scorePair(toPublic(mentor('m-fi-01')), mentee('e-fi-02'), { programme: capped(2) }).components.freePlaces).toBe(1);
    expect(scorePair(mentor('m-fi-01'), mentee('e-fi-02'), { programme: capped(3) }).components.freePlaces).toBeCloseTo(2 / 3, 12);
  });

  it('accepts a visitor query with languages only', () => {
    const result = scorePair(mentor('m-ee-01'), { languages: [{ code: 'en', level: 'B2' }] });
    expect(result.eligible).toBe(true);
    // No goals: unknown, counted as covered by nobody, and labelled so.
    expect(result.components.topics).toBe(0);
    expect(result.goals).toBe('none');
    expect(result.fit).toBe('unknown');
    expect(result.components.country).toBe(0.5);
    expect(result.components.meetingModes).toBe(1);
    expect(result.components.language).toBeCloseTo(4 / 7, 12);
  });

  describe('calibrated fit (issue: "asdf qwer" scored above an understood goal)', () => {
    const query = (text: string) => ({ languages: [{ code: 'et', level: 'native' as const }], country: 'EE', goals: { text, lang: 'et' } });
    const gibberish = scorePair(mentor('m-ee-03'), query('asdf qwer'));
    const one = scorePair(mentor('m-ee-03'), query('Tahan leida partnerkooli'));
    const two = scorePair(mentor('m-ee-03'), query('Tahan leida partnerkooli ja alustada esimest eTwinningu projekti'));

    it('scores a goal that was not understood below one the mentor partly covers, and says it is unknown', () => {
      expect(two.components.topics).toBeGreaterThan(0);
      expect(two.components.topics).toBeLessThan(1);
      expect(gibberish.score).toBeLessThan(two.score);
      expect(two.score).toBeLessThan(one.score);
      expect([gibberish.goals, gibberish.fit]).toEqual(['not-understood', 'unknown']);
      expect([two.goals, one.goals]).toEqual(['understood', 'understood']);
    });

    it('labels scores by the documented thresholds', () => {
      expect(one.fit).toBe('very-good');
      expect(two.fit).toBe('good');
      const blocked = scorePair(mentor('m-ee-03'), { languages: [{ code: 'ru', level: 'native' }] });
      expect(blocked.fit).toBe('ineligible');
    });
  });

  describe('blocking', () => {
    it('needs a shared language at a usable level (B1 by default, option minLanguageLevel)', () => {
      for (const id of ['e-pt-01', 'e-hu-01', 'e-am-01']) {
        for (const m of mentors) {
          const result = scorePair(m, mentee(id));
          expect(result.eligible, `${m.id} ${id}`).toBe(false);
          expect(result.score).toBe(0);
          expect(blockingCodes(result)).toContain('no-shared-language');
        }
      }
      const a2 = { languages: [{ code: 'en', level: 'A2' as const }] };
      expect(blockingCodes(scorePair(mentor('m-ee-01'), a2))).toEqual(['no-shared-language']);
      expect(scorePair(mentor('m-ee-01'), a2, { minLanguageLevel: 'A2' }).eligible).toBe(true);
      // the mentor's ru is B1: usable by default, not when C1 is required
      const ru = { languages: [{ code: 'ru', level: 'native' as const }] };
      expect(scorePair(mentor('m-ee-01'), ru).eligible).toBe(true);
      expect(scorePair(mentor('m-ee-01'), ru, { minLanguageLevel: 'C1' }).eligible).toBe(false);
    });

    it('blocks full mentors, full or public', () => {
      for (const id of ['m-ee-02', 'm-ee-05', 'm-lt-04', 'm-lt-06', 'm-fi-02', 'm-lv-01', 'm-pl-02', 'm-cc-03']) {
        const q = { languages: [{ code: 'en', level: 'C2' as const }, { code: 'et', level: 'native' as const }] };
        expect(blockingCodes(scorePair(mentor(id), q)), id).toContain('mentor-full');
        expect(blockingCodes(scorePair(toPublic(mentor(id)), q)), id).toContain('mentor-full');
      }
    });

    it('blocks mentors not accepting requests or not active', () => {
      const q = { languages: [{ code: 'en', level: 'C1' as const }] };
      expect(blockingCodes(scorePair(mentor('m-lt-06'), q))).toEqual(['mentor-full', 'not-accepting-requests']);
      expect(blockingCodes(scorePair(mentor('m-ge-01'), q))).toEqual(['mentor-not-active', 'not-accepting-requests']);
    });

    it('checks career programme rules on the relationship start', () => {
      const q = mentee('e-cc-01');
      const at = (id: string) => blockingCodes(scorePair(mentor(id), q, { programme: career }));
      expect(at('m-cc-01')).toEqual([]);
      expect(at('m-cc-05')).toEqual(['rule-certificate']);
      expect(at('m-cc-06')).toEqual(['rule-min-years']);
      expect(at('m-cc-07')).toEqual(['rule-training']);
      expect(at('m-cc-08')).toEqual(['rule-membership']);
      expect(at('m-cc-04')).toEqual([]);
      const cert = scorePair(mentor('m-cc-05'), q, { programme: career }).reasons[0];
      expect(cert?.params).toMatchObject({ date: '2026-01-05', validUntil: '2025-08-31' });
      expect(scorePair(mentor('m-cc-06'), q, { programme: career }).reasons[0]?.params).toEqual({ required: 5, actual: 3 });
    });

    it('checks a certificate on the relationship end when the rule says so', () => {
      const rules = career.mentorRules?.map((r) => (r.rule === 'certificateAnyOf' ? { ...r, validOn: 'relationshipEnd' as const } : r));
      const atEnd = { ...career, mentorRules: rules ?? [] };
      expect(blockingCodes(scorePair(mentor('m-cc-04'), mentee('e-cc-01'), { programme: atEnd }))).toEqual(['rule-certificate']);
      // explicit relationship dates win over the programme window
      const early = { programme: atEnd, relationship: { start: '2026-01-05', end: '2026-04-30' } };
      expect(scorePair(mentor('m-cc-04'), mentee('e-cc-01'), early).eligible).toBe(true);
    });

    it('skips dated rules when there is no date and says they were not checked', () => {
      const { relationshipWindow: _w, ...rest } = career;
      const undated = rest as Programme;
      const result = scorePair(mentor('m-cc-05'), mentee('e-cc-01'), { programme: undated });
      expect(result.eligible).toBe(true);
      const unchecked = result.reasons.filter((r) => r.code === 'rule-unchecked').map((r) => r.params?.rule);
      expect(unchecked).toContain('certificateAnyOf');
      expect(unchecked).toContain('membershipPaidOn');
    });

    it('treats membership of a public record as unknown: not blocking, reported as unchecked', () => {
      const result = scorePair(toPublic(mentor('m-cc-08')), mentee('e-cc-01'), { programme: career });
      expect(result.eligible).toBe(true);
      expect(result.reasons.filter((r) => r.effect === 'negative').map((r) => r.code)).toContain('rule-unchecked');
      expect(result.reasons.find((r) => r.code === 'rule-unchecked')?.params).toEqual({ rule: 'membershipPaidOn', side: 'mentor' });
    });

    it('passes m-lv-02 with exactly the required National Quality Labels', () => {
      expect(scorePair(mentor('m-lv-02'), mentee('e-lv-01'), { programme: etwinning }).eligible).toBe(true);
      const stricter = { ...etwinning, mentorRules: [{ rule: 'minNationalQualityLabels' as const, value: 3 }] };
      const result = scorePair(mentor('m-lv-02'), mentee('e-lv-01'), { programme: stricter });
      expect(blockingCodes(result)).toEqual(['rule-min-quality-labels']);
      expect(result.reasons[0]?.params).toEqual({ required: 3, actual: 2 });
      const projects = { ...etwinning, mentorRules: [{ rule: 'minEtwinningProjects' as const, value: 7 }] };
      expect(blockingCodes(scorePair(mentor('m-lv-02'), mentee('e-lv-01'), { programme: projects }))).toEqual(['rule-min-projects']);
    });

    it('blocks every pair of an ineligible mentee', () => {
      const expected: Record<string, string> = { 'e-cc-09': 'mentee-rule-goals', 'e-cc-10': 'mentee-rule-fee', 'e-cc-11': 'mentee-rule-membership' };
      for (const [id, code] of Object.entries(expected)) {
        for (const m of mentors.filter((x) => x.programmeId === career.id)) {
          expect(blockingCodes(scorePair(m, mentee(id), { programme: career })), `${m.id} ${id}`).toContain(code);
        }
      }
      expect(scorePair(mentor('m-cc-01'), mentee('e-cc-09')).eligible).toBe(true);
    });

    it('honours exclusions by the mentee and conflicts declared by the mentor', () => {
      expect(blockingCodes(scorePair(mentor('m-ee-06'), mentee('e-ee-05')))).toEqual(['excluded-by-mentee']);
      const conflicted: Mentor = { ...mentor('m-ee-03'), private: { ...mentor('m-ee-03').private, conflictsWith: ['e-ee-01'] } };
      expect(blockingCodes(scorePair(conflicted, mentee('e-ee-01')))).toEqual(['conflict-of-interest']);
      expect(scorePair(conflicted, mentee('e-ee-02')).eligible).toBe(true);
    });

    it('finds no mentor for e-lv-03 (same country and in person only)', () => {
      for (const m of mentors) {
        const result = scorePair(m, mentee('e-lv-03'));
        expect(result.eligible, m.id).toBe(false);
      }
      expect(blockingCodes(scorePair(mentor('m-lv-02'), mentee('e-lv-03')))).toEqual(['no-in-person']);
      expect(blockingCodes(scorePair(mentor('m-ee-01'), mentee('e-lv-03')))).toContain('different-country');
      expect(blockingCodes(scorePair(mentor('m-lv-01'), mentee('e-lv-03')))).toEqual(['mentor-full']);
    });

    it('blocks pairs without a shared meeting mode, disjoint dates or another programme', () => {
      const phoneOnly = { languages: [{ code: 'en', level: 'C1' as const }], preferences: { meetingModes: ['phone' as const, 'chat' as const] } };
      expect(blockingCodes(scorePair(mentor('m-ee-01'), phoneOnly))).toEqual(['no-meeting-mode']);
      const later = { languages: [{ code: 'en', level: 'C1' as const }], availability: { from: '2026-07-01', to: '2026-12-31' } };
      expect(blockingCodes(scorePair(mentor('m-ee-01'), later))).toEqual(['availability-no-overlap']);
      expect(blockingCodes(scorePair(mentor('m-cc-01'), mentee('e-ee-01')))).toEqual(['different-programme']);
      expect(blockingCodes(scorePair(mentor('m-ee-01'), mentee('e-ee-01'), { programme: career }))).toContain('different-programme');
    });

    it('does not count meeting in person between different towns, or regions or countries when no towns are named (m-cc-09 in Kuressaare)', () => {
      const far = scorePair(mentor('m-cc-09'), mentee('e-cc-01'), { programme: career });
      expect(mentee('e-cc-01').preferences.inPersonArea).toBe('Tallinn');
      expect(blockingCodes(far)).toEqual(['no-meeting-mode']);
      const inPersonOnly = { ...mentee('e-cc-01'), preferences: { ...mentee('e-cc-01').preferences, meetingModes: ['in-person' as const] } };
      expect(blockingCodes(scorePair(mentor('m-cc-09'), inPersonOnly, { programme: career }))).toEqual(['no-in-person']);
      const near = { ...mentee('e-cc-01'), preferences: { ...mentee('e-cc-01').preferences, inPersonArea: ' kuressaare ' } };
      expect(scorePair(mentor('m-cc-09'), near, { programme: career }).eligible).toBe(true);
      // No town named: the regions decide (Harjumaa is not Saaremaa), else the countries.
      const { inPersonArea: _area, ...noTown } = mentee('e-cc-01').preferences;
      const harjumaa = { ...mentee('e-cc-01'), preferences: noTown };
      expect([mentee('e-cc-01').region, mentor('m-cc-09').region]).toEqual(['Harjumaa', 'Saaremaa']);
      expect(blockingCodes(scorePair(mentor('m-cc-09'), harjumaa, { programme: career }))).toEqual(['no-meeting-mode']);
      expect(scorePair(mentor('m-cc-09'), { ...harjumaa, region: 'saaremaa' }, { programme: career }).eligible, 'same region').toBe(true);
      expect(scorePair(mentor('m-cc-09'), { ...harjumaa, region: 'Saare maakond' }, { programme: career }).eligible, 'the same region, written out').toBe(true);
      const { region: _region, ...noRegion } = harjumaa;
      expect(scorePair(mentor('m-cc-09'), noRegion, { programme: career }).eligible, 'same country, nothing finer').toBe(true);
      expect(blockingCodes(scorePair(mentor('m-cc-09'), { ...noRegion, country: 'LV' }, { programme: career })), 'another country').toContain('no-meeting-mode');
      // a mentor who also meets by video stays eligible, without the in-person share
      const tartu = scorePair(mentor('m-cc-02'), mentee('e-cc-01'), { programme: career });
      expect(tartu.eligible).toBe(true);
      expect(tartu.components.meetingModes).toBe(0.5);
      expect(tartu.reasons.find((r) => r.code === 'meeting-mode-match')?.params).toEqual({ modes: ['video'] });
    });

    it('compares towns without case or diacritics', () => {
      const riga = { languages: [{ code: 'en', level: 'C1' as const }], preferences: { meetingModes: ['in-person' as const], inPersonArea: 'RIGA' } };
      const m = { ...mentor('m-ee-01'), availability: { ...mentor('m-ee-01').availability, inPersonArea: 'Rīga' } };
      expect(scorePair(m, riga).eligible).toBe(true);
    });
  });

  describe('soft components', () => {
    it('uses ticked topics and topics read from the goals', () => {
      const query = { languages: [{ code: 'en', level: 'C1' as const }], goals: { text: 'x', lang: 'en' } };
      const precomputed = [{ topic: 'partner-finding', confidence: 0.8, matched: ['partners'] }, { topic: 'stem', confidence: 0.5, matched: ['stem'] }];
      const result = scorePair(mentor('m-ee-01'), query, { menteeTopics: precomputed });
      expect(result.components.topics).toBeCloseTo(0.8 / 1.3, 12);
      expect(result.reasons.find((r) => r.code === 'topic-match')?.params).toEqual({ topics: ['partner-finding'] });
      const ticked = scorePair(mentor('m-ee-01'), { ...query, topics: ['stem'] }, { menteeTopics: precomputed });
      expect(ticked.components.topics).toBeCloseTo(0.8 / 1.8, 12);
    });

    it('reads topics from goal text with extractTopics when none are given', () => {
      const result = scorePair(mentor('m-ee-01'), mentee('e-ee-02'));
      const withGoals = scorePair(mentor('m-ee-01'), { ...mentee('e-ee-02'), topics: [] });
      expect(withGoals.components.topics).toBeGreaterThan(0.5);
      expect(result.components.topics).toBeGreaterThan(0.5);
    });

    it('weighs language by the lower of the two levels and flags a weak one', () => {
      const b1 = scorePair(mentor('m-ee-01'), { languages: [{ code: 'en', level: 'B1' }] });
      expect(b1.components.language).toBeCloseTo(3 / 7, 12);
      expect(codes(b1)).toContain('weak-language-level');
      const native = scorePair(mentor('m-ee-01'), { languages: [{ code: 'en', level: 'B1' }, { code: 'et', level: 'native' }] });
      expect(native.components.language).toBe(1);
      expect(native.reasons.find((r) => r.code === 'shared-language')?.params).toEqual({ language: 'et', level: 'native' });
    });

    it('compares weekly slots on one clock across time zones, and not at all in a zone it does not know', () => {
      // e-ee-01 Tue 15-17 vs m-ee-01 Tue 15-18 (both Tallinn, UTC+2 in January): 2 hours
      const same = scorePair(mentor('m-ee-01'), mentee('e-ee-01'));
      expect(same.reasons.find((r) => r.code === 'availability-overlap')?.params).toEqual({ hours: 2 });
      expect(same.components.availability).toBe(1);
      const hours = (timezone: string) => {
        const result = scorePair(mentor('m-ee-01'), { ...mentee('e-ee-01'), timezone });
        return { overlap: result.reasons.find((r) => r.code === 'availability-overlap')?.params?.['hours'], none: codes(result).includes('no-weekly-overlap') };
      };
      // Helsinki keeps Tallinn's clock; Lisbon's 15-17 is 17-19 in Tallinn; Tbilisi's 15-17 is 13-15.
      expect(hours('Europe/Helsinki')).toEqual({ overlap: 2, none: false });
      expect(hours('Europe/Lisbon')).toEqual({ overlap: 1, none: false });
      expect(hours('Asia/Tbilisi')).toEqual({ overlap: undefined, none: true });
      expect(hours('Mars/Base')).toEqual({ overlap: undefined, none: false });
      // Without the mentee's own dates, the clocks are compared on the relationship's start: July, Tallinn in summer time.
      const undated = { ...mentee('e-ee-01'), timezone: 'Asia/Tbilisi', availability: { ...mentee('e-ee-01').availability, from: undefined, to: undefined } } as unknown as Mentee;
      const summer = scorePair(mentor('m-ee-01'), undated, { relationship: { start: '2026-07-01', end: '2026-12-31' } });
      expect(summer.reasons.find((r) => r.code === 'availability-overlap')?.params, 'Tbilisi 15-17 is 14-16 in a Tallinn summer').toEqual({ hours: 1 });
      const unknown = scorePair(mentor('m-ee-01'), { ...mentee('e-ee-01'), timezone: 'Mars/Base' });
      expect(unknown.components.availability, 'dates alone').toBe(1);
      // e-ee-06 Mon 14-16 vs m-ee-01 Tue/Thu: no weekly overlap
      const none = scorePair(mentor('m-ee-01'), mentee('e-ee-06'));
      expect(none.components.availability).toBe(0.5);
      expect(codes(none)).toContain('no-weekly-overlap');
    });

    it('counts the share of a short window the mentor covers', () => {
      const q = { languages: [{ code: 'en', level: 'C1' as const }], availability: { from: '2026-06-01', to: '2026-06-30' } };
      const result = scorePair(mentor('m-ee-01'), q);
      expect(result.components.availability).toBeCloseTo(12 / 30, 12);
      expect(result.reasons.find((r) => r.code === 'availability-partial')?.params).toEqual({ percent: 40 });
    });

    it('rewards free places, a preferred mentor and the same country', () => {
      const e13 = scorePair(mentor('m-ee-01'), mentee('e-ee-13'));
      expect(e13.components.preferred).toBe(1);
      expect(codes(e13)).toContain('preferred-mentor');
      expect(codes(e13)).toContain('same-country');
      expect(scorePair(mentor('m-ee-03'), mentee('e-ee-13')).components.preferred).toBe(0);
      expect(scorePair(mentor('m-ee-03'), mentee('e-ee-13')).reasons.find((r) => r.code === 'free-places')?.params).toEqual({ free: 2 });
    });

    it('names no number of free places for a public record, which does not tell how many', () => {
      const kadri = mentor('m-ee-01');
      expect(kadri.capacity).toMatchObject({ maxMentees: 2, currentMentees: 1 });
      const full = scorePair(kadri, mentee('e-ee-13')).reasons.find((r) => r.code === 'free-places');
      expect(full?.params).toEqual({ free: 1 });
      const shown = scorePair(toPublicMentor(kadri)!, mentee('e-ee-13')).reasons.find((r) => r.code === 'free-places');
      expect(shown?.params).toEqual({});
      expect(formatReason(shown!, 'en')).toBe('Has free places.');
    });

    it('normalises by the sum of the weights', () => {
      const pair = [mentor('m-ee-01'), mentee('e-ee-02')] as const;
      const base = scorePair(...pair);
      const doubled = Object.fromEntries(SCORE_COMPONENTS.map((c) => [c, DEFAULT_WEIGHTS[c] * 2]));
      expect(scorePair(...pair, { weights: doubled }).score).toBeCloseTo(base.score, 12);
      const onlyTopics = Object.fromEntries(SCORE_COMPONENTS.map((c) => [c, c === 'topics' ? 1 : 0]));
      expect(scorePair(...pair, { weights: onlyTopics }).score).toBe(base.components.topics);
      const zero = Object.fromEntries(SCORE_COMPONENTS.map((c) => [c, 0]));
      expect(scorePair(...pair, { weights: zero }).score).toBe(0);
      expect(scorePair(...pair, { weights: { topics: -1, language: Number.NaN } }).score).toBe(base.score);
    });

    it('keeps DEFAULT_WEIGHTS frozen and summing to 1', () => {
      expect(Object.isFrozen(DEFAULT_WEIGHTS)).toBe(true);
      expect(SCORE_COMPONENTS.reduce((s, c) => s + DEFAULT_WEIGHTS[c], 0)).toBeCloseTo(1, 12);
    });
  });

  describe('reasons', () => {
    it('puts blocking reasons first, then the others by contribution', () => {
      const result = scorePair(mentor('m-ee-02'), mentee('e-ee-01'));
      expect(result.reasons[0]?.code).toBe('mentor-full');
      const effects = result.reasons.map((r) => r.effect);
      expect(effects.lastIndexOf('blocking')).toBeLessThan(effects.findIndex((e) => e !== 'blocking'));
      // topics (weight 0.30, fully matched) move the score more than the native shared language (0.18)
      expect(codes(scorePair(mentor('m-ee-01'), mentee('e-ee-02'))).slice(0, 2)).toEqual(['topic-match', 'shared-language']);
    });

    it('never mutates its inputs and is deterministic', () => {
      const m = structuredClone(mentor('m-cc-04'));
      const e = structuredClone(mentee('e-cc-02'));
      const before = JSON.stringify([m, e, career]);
      const a = scorePair(m, e, { programme: career });
      const b = scorePair(m, e, { programme: career });
      expect(JSON.stringify([m, e, career])).toBe(before);
      expect(b).toEqual(a);
    });

    it('does not crash on malformed records', () => {
      const broken = { id: 'x', languages: null, capacity: null, availability: null } as unknown as Mentor;
      const result = scorePair(broken, { languages: [{ code: 'en', level: 'C1' }] });
      expect(result.eligible).toBe(false);
      expect(blockingCodes(result)).toContain('no-shared-language');
      expect(scorePair(null as unknown as Mentor, mentee('e-ee-01')).eligible).toBe(false);
      expect(blockingCodes(scorePair(mentor('m-ee-01'), null as unknown as Mentee))).toEqual(['no-shared-language']);
      expect(scorePair(mentor('m-ee-01'), mentee('e-ee-01'), null as unknown as undefined).eligible).toBe(true);
    });
  });
});

describe('blockingWithContext', () => {
  it('gives every sample pair the blocking reasons of the full score, in the same order', () => {
    let blocked = 0;
    for (const programme of [undefined, ...programmes]) {
      for (const m of mentees) {
        const ctx = buildMenteeContext(m, programme ? { programme } : {});
        for (const mr of mentors) {
          const full = scoreWithContext(mr, ctx).reasons.filter((r) => r.effect === 'blocking');
          if (full.length > 0) blocked++;
          expect(blockingWithContext(mr, ctx), `${m.id} ${mr.id}`).toEqual(full);
        }
      }
    }
    expect(blocked).toBeGreaterThan(1000);
  });
});

import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../i18n/index.js';
import type { Reason, ReasonParams } from '../model/index.js';
import { formatReason } from './format-reason.js';
import { COHORT_REASON_CODES } from './cohort-reason-codes.js';
import { BLOCKING_REASON_CODES, REASON_CODES } from './reason-codes.js';

/** Params of the kind scorePair gives each code. */
const PARAMS: Partial<Record<string, ReasonParams>> = {
  'mentor-not-active': { status: 'paused' },
  'different-programme': { programme: 'career-mentoring-2025-26' },
  'different-country': { country: 'EE' },
  'rule-min-years': { required: 5, actual: 3 },
  'rule-certificate': { types: ['career-counsellor'], date: '2026-01-05', validUntil: '2025-08-31' },
  'rule-membership': { date: '2026-01-05', paidUntil: '2025-12-31' },
  'rule-min-projects': { required: 5, actual: 4 },
  'rule-min-quality-labels': { required: 2, actual: 1 },
  'mentee-rule-membership': { date: '2026-01-05', paidUntil: '2025-06-30' },
  'topic-match': { topics: ['partner-finding', 'project-planning'] },
  'no-topic-match': { topics: ['stem'] },
  'subject-match': { subjects: ['music'] },
  'school-level-match': { levels: ['primary'] },
  'shared-language': { language: 'et', level: 'native' },
  'weak-language-level': { language: 'en', level: 'B1' },
  'same-country': { country: 'LV' },
  'meeting-mode-match': { modes: ['video', 'in-person'] },
  'availability-overlap': { hours: 2 },
  'availability-partial': { percent: 40 },
  'free-places': { free: 2 },
  'rule-unchecked': { rule: 'membershipPaidOn', side: 'mentor' },
  'mentee-ineligible': { rules: ['mentee-rule-goals'] },
  'no-shared-language-any': { languages: ['pt', 'hu'] },
  'all-excluded': { count: 4 },
  'lost-to-others': { mentorIds: ['m-a', 'm-b', 'm-c', 'm-d', 'm-e', 'm-f', 'm-g'] },
  'all-suitable-full': { mentorIds: ['m-lv-01'] },
  'no-eligible-mentor': { count: 12 },
  'blocked-by': { reason: 'different-country', count: 3, mentorIds: ['m-a', 'm-b', 'm-c'], 'reason.country': 'LV' },
  'pin-over-capacity': { free: 1, pinned: 2 },
  'outside-programme': { kind: 'mentee', programme: 'etwinning-mentors-2026', ids: ['e-cc-01', 'e-cc-02'] },
  'not-in-cohort': { list: 'pins', menteeId: 'e-xx-01', mentorId: 'm-ee-01', side: 'mentee' },
  'duplicate-pin': { list: 'pins', menteeId: 'e-ee-01', mentorId: 'm-ee-02', keptMentorId: 'm-ee-01' },
  'pin-already-paired': { list: 'pins', menteeId: 'e-ee-01', mentorId: 'm-ee-02' },
  'invalid-pair-ref': { list: 'exclusions' },
  'capacity-above-programme': { programme: 'career-mentoring-2025-26', limit: 2, ids: ['m-lv-01'] },
  'duplicate-mentee': { menteeIds: ['e-ee-03', 'e-ee-11'], keptMenteeId: 'e-ee-03' },
  'duplicate-mentor': { mentorIds: ['m-ee-01', 'm-ee-09'] },
  'unknown-topic': { kind: 'mentor', programme: 'etwinning-mentors-2026', topics: ['partnerid', 'twinspase'], ids: ['m-ee-01'] },
  'solver-failed': { status: 'invalid-input' },
};

/** scorePair's codes and the cohort's: every one needs words. */
const ALL_CODES = [...REASON_CODES, ...COHORT_REASON_CODES];

function reason(code: string, params = PARAMS[code]): Reason {
  const effect = (BLOCKING_REASON_CODES as readonly string[]).includes(code) || (COHORT_REASON_CODES as readonly string[]).includes(code) ? 'blocking' : 'positive';
  return params ? { code, effect, params } : { code, effect };
}

describe('formatReason', () => {
  it('has a message for every code in every supported locale', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const generic = formatReason({ code: 'no-such-code', effect: 'positive' }, locale);
      for (const code of ALL_CODES) {
        const text = formatReason(reason(code), locale);
        expect(text, `${locale} ${code}`).not.toBe(generic.replace('no-such-code', code));
        expect(text.length, `${locale} ${code}`).toBeGreaterThan(5);
        expect(text, `${locale} ${code}`).not.toMatch(/undefined|NaN|#|\[object|\(\)|: \.|  /);
      }
    }
  });

  it('translates: no locale repeats English for a message with words', () => {
    for (const locale of SUPPORTED_LOCALES.filter((l) => l !== 'en')) {
      for (const code of ALL_CODES) {
        expect(formatReason(reason(code), locale), `${locale} ${code}`).not.toBe(formatReason(reason(code), 'en'));
      }
    }
  });

  it('names topics, subjects and languages with vocabulary labels of the locale', () => {
    expect(formatReason(reason('topic-match'), 'en')).toMatch(/^Can help with: .+ and .+\.$/);
    const et = formatReason(reason('topic-match'), 'et');
    expect(et).toContain('Partnerite leidmine');
    expect(et).toContain(' ja ');
    expect(formatReason(reason('shared-language'), 'et')).toBe('Ühine keel: eesti (emakeel).');
    expect(formatReason(reason('shared-language'), 'en')).toBe('Common language: Estonian (native).');
    expect(formatReason(reason('same-country'), 'fi')).toBe('Sama maa: Latvia.');
    expect(formatReason(reason('meeting-mode-match'), 'lv')).toMatch(/^Var tikties: .+ un .+\.$/);
  });

  it('uses the plural forms of each language', () => {
    const free = (n: number, locale: string) => formatReason({ code: 'free-places', effect: 'positive', params: { free: n } }, locale);
    expect(free(1, 'en')).toBe('1 free place.');
    expect(free(2, 'en')).toBe('2 free places.');
    expect(free(1, 'et')).toBe('1 vaba koht.');
    expect(free(2, 'et')).toBe('2 vaba kohta.');
    expect(free(1, 'fi')).toBe('1 vapaa paikka.');
    expect(free(3, 'fi')).toBe('3 vapaata paikkaa.');
    expect(free(1, 'lt')).toBe('Laisvos vietos: 1 vieta.');
    expect(free(2, 'lt')).toBe('Laisvos vietos: 2 vietos.');
    expect(free(10, 'lt')).toBe('Laisvos vietos: 10 vietų.');
    expect(free(21, 'lt')).toBe('Laisvos vietos: 21 vieta.');
    expect(free(1, 'lv')).toBe('Brīvas vietas: 1 vieta.');
    expect(free(2, 'lv')).toBe('Brīvas vietas: 2 vietas.');
    expect(free(10, 'lv')).toBe('Brīvas vietas: 10 vietu.');
    const hours = (n: number) => formatReason({ code: 'availability-overlap', effect: 'positive', params: { hours: n } }, 'en');
    expect(hours(1)).toBe('1 hour a week in common.');
    expect(hours(1.5)).toBe('1.5 hours a week in common.');
    expect(formatReason(reason('rule-min-years'), 'en')).toBe('Needs 5 years of experience; has 3 years.');
  });

  it('words a blocked-by summary of a mentor condition as the mentors\' side, with a count', () => {
    expect(formatReason(reason('blocked-by'), 'en')).toBe('3 mentors are in another country (Latvia).');
    expect(formatReason(reason('blocked-by'), 'et')).toBe('Mentorid teises riigis (Läti): 3 mentorit.');
    const years = { reason: 'rule-min-years', count: 3, mentorIds: ['m-a', 'm-b', 'm-c'], 'reason.required': 5, 'reason.actual': '2, 3' };
    expect(formatReason({ code: 'blocked-by', effect: 'blocking', params: years }, 'en')).toBe('3 mentors lack 5 years of experience.');
    expect(formatReason({ code: 'blocked-by', effect: 'blocking', params: { ...years, count: 1 } }, 'en')).toBe('1 mentor lacks 5 years of experience.');
    const countries = { reason: 'different-country', count: 3, mentorIds: ['m-a', 'm-b', 'm-c'], 'reason.country': 'DE, EE, FI' };
    expect(formatReason({ code: 'blocked-by', effect: 'blocking', params: countries }, 'en')).toBe('3 mentors are in another country (Germany, Estonia, and Finland).');
  });

  it('words a blocked-by summary of a mentee rule once, as the mentee\'s own condition', () => {
    const goals = { code: 'blocked-by', effect: 'blocking', params: { reason: 'mentee-rule-goals', count: 10, mentorIds: ['m-a'] } } as Reason;
    for (const locale of SUPPORTED_LOCALES) {
      expect(formatReason(goals, locale)).toBe(formatReason({ code: 'mentee-rule-goals', effect: 'blocking' }, locale));
    }
  });

  it('names people by the caller\'s names, at most five and then how many more, joined as a list', () => {
    const names = { m: 'Mari', 'm-a': 'Anna', 'm-b': 'Berit', 'm-c': 'Cathy', 'm-d': 'Dace', 'm-e': 'Edgars', 'm-f': 'Fanny', 'm-g': 'Gert' } as Record<string, string>;
    const name = (_kind: 'mentor' | 'mentee', id: string) => names[id] ?? '';
    expect(formatReason(reason('lost-to-others'), 'en', { name })).toBe(
      'All 7 suitable mentors with room were needed for other mentees (Anna, Berit, Cathy, Dace, Edgars, and 2 more).',
    );
    expect(formatReason(reason('lost-to-others'), 'lv', { name })).toContain('Edgars un vēl 2');
    expect(formatReason(reason('lost-to-others'), 'et')).toContain('m-e ja veel 2');
    expect(formatReason({ code: 'lost-to-others', effect: 'blocking', params: { mentorIds: ['m-a', 'x'] } }, 'en', { name })).toContain('(Anna and x)');
    expect(formatReason({ code: 'duplicate-mentee', effect: 'negative', params: { menteeIds: ['m-a', 'm-b'] } }, 'en', { name })).toBe(
      'Probably one person registered more than once (same e-mail address): Anna (m-a) and Berit (m-b).',
    );
    const kept: Reason = { code: 'duplicate-mentee', effect: 'blocking', params: { menteeIds: ['m-a', 'm-b'], keptMenteeId: 'm-b' } };
    expect(formatReason(kept, 'en', { name })).toBe(
      'Probably one person registered more than once (same e-mail address): Anna (m-a) and Berit (m-b). Kept for pairing: Berit (m-b).',
    );
    for (const locale of SUPPORTED_LOCALES) expect(formatReason(kept, locale, { name }), locale).toContain('Berit (m-b).');
    const throwing = () => {
      throw new Error('no');
    };
    expect(formatReason(reason('all-suitable-full'), 'en', { name: throwing })).toBe('Every suitable mentor is full (m-lv-01).');
  });

  it('words exclusions as the reader\'s own for the coordinator', () => {
    const excluded: Reason = { code: 'excluded-by-coordinator', effect: 'blocking' };
    expect(formatReason(excluded, 'en')).toBe('The coordinator excluded this pair.');
    expect(formatReason(excluded, 'en', { viewer: 'coordinator' })).toBe('You excluded this pair.');
    const summary: Reason = { code: 'blocked-by', effect: 'blocking', params: { reason: 'excluded-by-coordinator', count: 2, mentorIds: ['m-a', 'm-b'] } };
    expect(formatReason(summary, 'en', { viewer: 'coordinator' })).toBe('You excluded 2 mentors for this mentee.');
    for (const locale of SUPPORTED_LOCALES.filter((l) => l !== 'en')) {
      expect(formatReason(excluded, locale, { viewer: 'coordinator' }), locale).not.toBe(formatReason(excluded, locale));
    }
  });

  it('formats dates and percentages for the locale', () => {
    expect(formatReason(reason('rule-certificate'), 'en')).toBe('No valid professional certificate on Jan 5, 2026 (expired Aug 31, 2025).');
    expect(formatReason(reason('availability-partial'), 'fi')).toMatch(/40\s%/);
    expect(formatReason(reason('mentee-rule-membership'), 'lv')).toMatch(/janv\.$/);
  });

  it('falls back to the language of a regional tag, then to English', () => {
    expect(formatReason(reason('mentor-full'), 'et-EE')).toBe(formatReason(reason('mentor-full'), 'et'));
    expect(formatReason(reason('mentor-full'), 'de')).toBe('No free places left.');
    expect(formatReason(reason('mentor-full'), '')).toBe('No free places left.');
  });

  it('gives a generic message for an unknown code and never throws on bad params', () => {
    expect(formatReason({ code: 'brand-new', effect: 'negative' }, 'en')).toBe('Other reason (brand-new).');
    expect(formatReason({ code: 'brand-new', effect: 'negative' }, 'lv')).toBe('Cits iemesls (brand-new).');
    expect(formatReason({ code: 'toString', effect: 'negative' }, 'en')).toBe('Other reason (toString).');
    expect(formatReason(null as unknown as Reason, 'en')).toBe('Other reason (unknown).');
    for (const code of ALL_CODES) {
      for (const params of [undefined, {}, { topics: 'stem', free: 'many', date: 42 } as ReasonParams]) {
        expect(() => formatReason({ code, effect: 'positive', ...(params ? { params } : {}) }, 'lt')).not.toThrow();
      }
    }
  });
});

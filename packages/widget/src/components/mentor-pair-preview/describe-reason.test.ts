import { expect, fixture, html } from '@open-wc/testing';
import { BLOCKING_REASON_CODES, COHORT_REASON_CODES, REASON_CODES, type Reason, type ReasonParams } from '@mentor-finder/matcher';
import { PAIR_PREVIEW_TRANSLATIONS } from '../../pair-preview-translations/index.js';
import { reasonDescriber } from './describe-reason.js';

/** Params of the kind scorePair and suggestPairs give each code. */
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
  'weak-language-level': { language: 'hy', level: 'B1' },
  'same-country': { country: 'LV' },
  'meeting-mode-match': { modes: ['video', 'in-person'] },
  'availability-overlap': { hours: 2 },
  'availability-partial': { percent: 40 },
  'free-places': { free: 2 },
  'rule-unchecked': { rule: 'membershipPaidOn', side: 'mentor' },
  'mentee-ineligible': { rules: ['mentee-rule-goals'] },
  'no-shared-language-any': { languages: ['pt', 'hy'] },
  'all-excluded': { count: 4 },
  'lost-to-others': { mentorIds: ['m-1', 'm-2', 'm-3', 'm-4', 'm-5', 'm-6', 'm-7'] },
  'all-suitable-full': { mentorIds: ['m-1'] },
  'no-eligible-mentor': { count: 12 },
  'pin-over-capacity': { free: 1, pinned: 2 },
  'outside-programme': { kind: 'mentee', programme: 'etwinning-mentors-2026', ids: ['e-1', 'e-2'] },
  'not-in-cohort': { list: 'pins', menteeId: 'e-1', mentorId: 'm-1', side: 'mentee' },
  'duplicate-pin': { list: 'pins', menteeId: 'e-1', mentorId: 'm-2', keptMentorId: 'm-1' },
  'pin-already-paired': { list: 'pins', menteeId: 'e-1', mentorId: 'm-2' },
  'invalid-pair-ref': { list: 'exclusions' },
  'duplicate-mentee': { menteeIds: ['e-1', 'e-2'] },
  'duplicate-mentor': { mentorIds: ['m-1', 'm-8'] },
  'unknown-topic': { kind: 'mentee', programme: 'etwinning-mentors-2026', topics: ['partnerid'], ids: ['e-1'] },
  'solver-failed': { status: 'invalid-input' },
};

const NAMES: Record<string, string> = { 'm-8': 'Anna Tamm', 'm-1': 'Anna Tamm', 'm-2': 'Berit Kask', 'm-3': 'Cathy Lepp', 'm-4': 'Dace Ozola', 'm-5': 'Edgars Kalniņš', 'm-6': 'Fanny', 'm-7': 'Gert', 'e-1': 'Liis Mets', 'e-2': 'Liis Mets' };
const name = (_kind: 'mentor' | 'mentee', id: string) => NAMES[id] ?? id;

function reasonsOf(code: string): Reason[] {
  if (code !== 'blocked-by') {
    const params = PARAMS[code];
    return [params ? { code, effect: 'blocking', params } : { code, effect: 'blocking' }];
  }
  // a summary for every blocking code it may carry, with merged params as explainUnmatched gives them
  return [...BLOCKING_REASON_CODES, 'excluded-by-coordinator'].map((inner) => {
    const params: Record<string, ReasonParams[string]> = { reason: inner, count: 3, mentorIds: ['m-1', 'm-2', 'm-3'] };
    for (const [key, value] of Object.entries(PARAMS[inner] ?? {})) params[`reason.${key}`] = value;
    if (inner === 'different-country') params['reason.country'] = 'DE, EE, FI';
    return { code, effect: 'blocking', params };
  });
}

describe('reasons in the pair preview', () => {
  it('words every reason code (pair and cohort) in every locale: text, no raw code, id or "undefined", no ".;"', async () => {
    const codes = [...REASON_CODES, ...COHORT_REASON_CODES];
    for (const locale of Object.keys(PAIR_PREVIEW_TRANSLATIONS)) {
      const describe = reasonDescriber(locale, name);
      for (const code of codes) {
        for (const reason of reasonsOf(code)) {
          const texts = describe([reason]);
          const list = await fixture<HTMLUListElement>(html`<ul>${texts.map((text) => html`<li>${text}</li>`)}</ul>`);
          const shown = list.textContent?.trim() ?? '';
          const what = `${locale} ${code} ${String(reason.params?.['reason'] ?? '')}`;
          expect(shown.length, what).to.be.greaterThan(5);
          expect(shown, what).not.to.contain(code);
          if (reason.params?.['reason']) expect(shown, what).not.to.contain(String(reason.params['reason']));
          // records of one person share a name, so their ids follow it in brackets
          const named = code === 'duplicate-mentee' ? shown.replace(/Liis Mets \(e-[12]\)/g, 'Liis Mets') : code === 'duplicate-mentor' ? shown.replace(/Anna Tamm \(m-[18]\)/g, 'Anna Tamm') : shown;
          expect(named, what).not.to.match(/undefined|NaN|\[object|\.;|#|\b[me]-\d\b|\((hy|pt|EE|LV|DE)\)/);
        }
      }
    }
  });

  it('names languages and countries in the UI language and mentors by name, with "and N more"', () => {
    const en = reasonDescriber('en', name);
    expect(en(reasonsOf('no-shared-language-any'))[0]).to.equal("No mentor speaks any of the mentee's languages (Portuguese and Armenian).");
    expect(en(reasonsOf('lost-to-others'))[0]).to.contain('Anna Tamm, Berit Kask, Cathy Lepp, Dace Ozola, Edgars Kalniņš, and 2 more');
    expect(reasonDescriber('et', name)(reasonsOf('no-shared-language-any'))[0]).to.contain('portugali ja armeenia');
    const country = reasonsOf('blocked-by').find((r) => r.params?.['reason'] === 'different-country');
    expect(en(country ? [country] : [])[0]).to.equal('3 mentors are in another country (Germany, Estonia, and Finland).');
  });

  it('says whose condition failed and says a repeated reason once', () => {
    const en = reasonDescriber('en', name);
    const summary = (inner: string, count: number, extra: ReasonParams = {}): Reason => ({
      code: 'blocked-by',
      effect: 'blocking',
      params: { reason: inner, count, mentorIds: ['m-1'], ...extra },
    });
    expect(en([summary('rule-min-years', 3, { 'reason.required': 5, 'reason.actual': '2, 3' })])).to.deep.equal(['3 mentors lack 5 years of experience.']);
    expect(en([summary('rule-membership', 1, { 'reason.date': '2026-01-05' })])).to.deep.equal(['1 mentor has not paid the membership fee.']);
    const goals: Reason = { code: 'mentee-rule-goals', effect: 'blocking' };
    expect(en([{ code: 'mentee-ineligible', effect: 'blocking', params: { rules: ['mentee-rule-goals'] } }, goals, summary('mentee-rule-goals', 10)])).to.deep.equal([
      'The mentee does not meet the programme rules.',
      "The mentee's goals are not set yet.",
    ]);
    expect(en([{ code: 'excluded-by-coordinator', effect: 'blocking' }])).to.deep.equal(['You excluded this pair.']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Programme } from '../model/index.js';
import { escapeMarkdown, pairsToMarkdown } from './pairs-to-markdown.js';
import { issueMessage } from '../import/issue-messages/index.js';
import { REPORT_TRANSLATIONS } from './report-messages/index.js';
import { sampleReport } from './test/sample-report.js';

describe('escapeMarkdown', () => {
  it('keeps untrusted text from becoming HTML, links, emphasis or table cells', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeMarkdown('a | b\nc')).toBe('a \\| b c');
    expect(escapeMarkdown('[click](http://x) *bold* _it_ `code`')).toBe('\\[click\\](http://x) \\*bold\\* \\_it\\_ \\`code\\`');
    expect(escapeMarkdown('Tom & Jerry')).toBe('Tom &amp; Jerry');
  });
});

describe('pairsToMarkdown', () => {
  it('has figures, pairs with reasons in words, pinned warnings, unmatched mentees and load', () => {
    const md = pairsToMarkdown(sampleReport());
    expect(md).toMatch(/^# Suggested mentor pairs\n/);
    expect(md).toContain('| Matched | 2 (pinned 1) |');
    expect(md).toContain('| Mean score | 0.41 |');
    expect(md).toMatch(/\| Maarja K\. \(e-1\) \| Kadri T\. \(m-1\) \| 0\.82 \| [^|]+ \| m-2 0\.50 \|/);
    expect(md).toMatch(/Jonas P\. \(m-2\) 📌 pinned \| 0\.00 \| ⚠ /);
    expect(md).toContain("- **João P. (e-3)**: No mentor speaks any of the mentee's languages (Portuguese). 2 mentors share no language with the mentee at a usable level");
    expect(md).toContain('| Jonas P. (m-2) | 2 | 0 | 1 | 0 | 1 |');
    expect(md).toContain('## Input problems');
    expect(md).toContain('- mentees.csv row 4, column "Country" (country): country-code: not a country');
  });

  it('escapes names from the input', () => {
    const md = pairsToMarkdown(sampleReport({ e1: '<b>Eve</b> | x' }));
    expect(md).toContain('&lt;b&gt;Eve&lt;/b&gt; \\| x (e-1)');
    expect(md).not.toContain('<b>');
  });
});

describe('pairsToMarkdown in other languages', () => {
  const ENGLISH_WORDS = ['Suggested mentor pairs', 'Strategy', 'Figure', 'Mentees', 'Matched', 'Unmatched', 'Already paired', 'Mean score', 'Lowest score', 'Total score', '### Pairs', 'Mentee |', 'Alternatives', 'pinned', 'Mentor load', 'Free', 'Existing', 'Left', 'Input problems', 'row 4', 'column', 'not a country', 'country code', 'All programmes'];

  it.each(['et', 'fi', 'lt', 'lv'])('%s: headings, figures and input problems in that language, none left in English', (locale) => {
    const md = pairsToMarkdown({ ...sampleReport(), locale });
    const t = REPORT_TRANSLATIONS[locale as 'et'];
    expect(md.startsWith(`# ${t.title}\n`)).toBe(true);
    for (const heading of [t.pairsHeading, t.unmatchedHeading, t.loadHeading]) expect(md).toContain(`### ${heading}`);
    expect(md).toContain(`| ${t.meanScore} | 0,41 |`);
    expect(md).toContain(`| ${t.matched} | ${t.matchedValue('2', '1')} |`);
    expect(md).toContain(`## ${t.inputProblems}`);
    expect(md).toContain(issueMessage('country-code', {}, locale));
    for (const word of ENGLISH_WORDS) expect(md, word).not.toContain(word);
  });

  it('says a run has no mentee, not that everyone has a mentor', () => {
    const sample = sampleReport();
    const run = sample.runs[0]!;
    const empty = { ...run, suggestion: { ...run.suggestion, pairs: [], unmatched: [], alternatives: {}, stats: { ...run.suggestion.stats, total: 0, alreadyPaired: 0, matched: 0, unmatched: 0 } } };
    const programme = { id: 'p-2027', name: { et: 'Programm 2027' } } as unknown as Programme;
    const md = pairsToMarkdown({ ...sample, locale: 'et', runs: [{ ...empty, programme }] });
    expect(md).toContain(REPORT_TRANSLATIONS.et.noMentees(true));
    expect(md).not.toContain(REPORT_TRANSLATIONS.et.everyoneMatched);
    // Without a programme no one was left out for belonging to another.
    expect(run.programme).toBeUndefined();
    expect(pairsToMarkdown({ ...sample, locale: 'et', runs: [empty] })).toContain(REPORT_TRANSLATIONS.et.noMentees(false));
    expect(REPORT_TRANSLATIONS.et.noMentees(false)).not.toBe(REPORT_TRANSLATIONS.et.noMentees(true));
  });

  it('words an input problem with its parameters, as the English message does', () => {
    const report = { ...sampleReport(), locale: 'et', inputIssues: [{ file: 'mentors.csv', row: 3, field: 'capacity.maxMentees', code: 'minimum', params: { limit: 1 }, message: 'must be at least 1, got 0' }] };
    expect(pairsToMarkdown(report)).toContain('mentors.csv rida 3 (capacity.maxMentees): minimum: peab olema vähemalt 1');
    // A code no catalogue knows keeps the report's general words.
    const unknown = { ...report, inputIssues: [{ file: 'x.csv', code: 'zz-new', message: 'new' }] };
    expect(pairsToMarkdown(unknown)).toContain(`x.csv: zz-new: ${REPORT_TRANSLATIONS.et.issue('zz-new')}`);
  });

  it('every catalogue has every word, none empty and none left in English', () => {
    const en = REPORT_TRANSLATIONS.en;
    for (const locale of ['et', 'fi', 'lt', 'lv'] as const) {
      const t = REPORT_TRANSLATIONS[locale];
      expect(Object.keys(t).sort()).toEqual(Object.keys(en).sort());
      for (const [key, value] of Object.entries(t)) {
        const text = typeof value === 'function' ? String(key === 'place' ? value({ row: 2, recordId: 'x', column: 'c' }) : value('optimal', '1')) : value;
        const english = typeof value === 'function' ? String(key === 'place' ? en.place({ row: 2, recordId: 'x', column: 'c' }) : (en[key as 'strategy'] as (a: string, b: string) => string)('optimal', '1')) : en[key as 'title'];
        expect(text.trim(), `${locale}.${key}`).not.toBe('');
        if (key !== 'mentor') expect(text, `${locale}.${key}`).not.toBe(english);
      }
    }
  });
});

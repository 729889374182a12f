import { describe, expect, it } from 'vitest';
import { escapeMarkdown, pairsToMarkdown } from './pairs-to-markdown.js';
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
    expect(md).toContain("- **João P. (e-3)**: No mentor speaks any of the mentee's languages (Portuguese).; 2 mentors share no language with the mentee at a usable level");
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

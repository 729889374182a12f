import { formatInputIssue } from '../import/input-issue.js';
import type { Reason } from '../model/index.js';
import { formatReason } from '../reasons/index.js';
import { displayNameOf, programmeName, type PairsReport, type ProgrammeRun } from './pairs-report.js';

/** Untrusted text in Markdown: no HTML, no table breaks, no emphasis or links. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#])/g, '\\$1');
}

const score = (n: number | null) => (n === null ? '–' : n.toFixed(2));

/** Appends with a loop: a spread of a cohort-sized list into push() can overflow the call stack. */
function append(out: string[], lines: readonly string[]): void {
  for (const line of lines) out.push(line);
}

function table(header: string[], rows: string[][]): string[] {
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const r of rows) lines.push(`| ${r.join(' | ')} |`);
  return lines;
}

function person(people: PairsReport['mentees'] | PairsReport['mentors'], id: string): string {
  const name = displayNameOf(people, id);
  return escapeMarkdown(name ? `${name} (${id})` : id);
}

function runSection(report: PairsReport, run: ProgrammeRun): string[] {
  const { suggestion: s } = run;
  const words = (reasons: readonly Reason[] | undefined) => (reasons ?? []).map((r) => escapeMarkdown(formatReason(r, report.locale)));
  const out = [`## ${escapeMarkdown(programmeName(run, report.locale))}`, '', `Strategy: ${s.strategy}.`, ''];
  append(
    out,
    table(
      ['Figure', 'Value'],
      [
        ['Mentees', String(s.stats.total)],
        ['Matched', `${s.stats.matched} (pinned ${s.stats.pinned})`],
        ['Unmatched', String(s.stats.unmatched)],
        ['Already paired', String(s.stats.alreadyPaired)],
        ['Mean score', score(s.stats.meanScore)],
        ['Lowest score', score(s.stats.minScore)],
        ['Total score', s.stats.totalScore.toFixed(2)],
      ],
    ),
  );
  out.push('', '### Pairs', '');
  const alternatives = (id: string) => (s.alternatives[id] ?? []).map((a) => `${escapeMarkdown(a.mentorId)} ${score(a.score)}`).join(', ');
  if (s.pairs.length === 0) out.push('No pairs.');
  else
    append(
      out,
      table(
        ['Mentee', 'Mentor', 'Score', 'Why', 'Alternatives'],
        s.pairs.map((p) => [
          person(report.mentees, p.menteeId),
          `${person(report.mentors, p.mentorId)}${p.pinned ? ' 📌 pinned' : ''}`,
          score(p.score),
          [...words(p.warnings).map((w) => `⚠ ${w}`), ...words(p.reasons)].join('<br>'),
          alternatives(p.menteeId),
        ]),
      ),
    );
  out.push('', '### Unmatched', '');
  if (s.unmatched.length === 0) out.push('Everyone has a mentor.');
  for (const u of s.unmatched) out.push(`- **${person(report.mentees, u.menteeId)}**: ${words(u.reasons).join('; ')}`);
  out.push('', '### Mentor load', '');
  append(
    out,
    table(
      ['Mentor', 'Free', 'Existing', 'Pinned', 'New', 'Left'],
      Object.entries(s.stats.load).map(([id, l]) => [person(report.mentors, id), ...[l.free, l.existing, l.pinned, l.suggested, l.remaining].map(String)]),
    ),
  );
  if (s.issues.length > 0) {
    out.push('', '### Notes', '');
    append(out, words(s.issues).map((w) => `- ${w}`));
  }
  out.push('');
  return out;
}

/** A report for people: summary figures, pairs with reasons in words, unmatched mentees with theirs. */
export function pairsToMarkdown(report: PairsReport): string {
  const out = ['# Suggested mentor pairs', ''];
  for (const run of report.runs) append(out, runSection(report, run));
  if (report.inputIssues.length > 0) {
    out.push('## Input problems', '');
    append(out, report.inputIssues.map((i) => `- ${escapeMarkdown(formatInputIssue(i))}`));
    out.push('');
  }
  return out.join('\n');
}

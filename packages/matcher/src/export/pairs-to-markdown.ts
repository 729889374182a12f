import { formatInputIssue, type InputIssue } from '../import/input-issue.js';
import { issueMessage } from '../import/issue-messages/index.js';
import { twoDecimals } from './decimal-sign.js';
import { resolveLocale } from '../i18n/index.js';
import type { Reason } from '../model/index.js';
import { formatReason } from '../reasons/index.js';
import { displayNameOf, programmeName, type PairsReport, type ProgrammeRun } from './pairs-report.js';
import { reportTranslation, type ReportTranslation } from './report-messages/index.js';

/** Untrusted text in Markdown: no HTML, no table breaks, no emphasis or links. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#])/g, '\\$1');
}


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

function runSection(report: PairsReport, run: ProgrammeRun, t: ReportTranslation): string[] {
  const { suggestion: s } = run;
  const locale = resolveLocale(report.locale);
  const score = (n: number | null) => (n === null ? '–' : twoDecimals(n, locale));
  const words = (reasons: readonly Reason[] | undefined) => (reasons ?? []).map((r) => escapeMarkdown(formatReason(r, report.locale)));
  const name = run.programme ? programmeName(run, report.locale) : t.allProgrammes;
  const out = [`## ${escapeMarkdown(name)}`, '', t.strategy(s.strategy), ''];
  append(
    out,
    table(
      [t.figure, t.value],
      [
        [t.mentees, String(s.stats.total)],
        [t.matched, t.matchedValue(String(s.stats.matched), String(s.stats.pinned))],
        [t.unmatched, String(s.stats.unmatched)],
        [t.alreadyPaired, String(s.stats.alreadyPaired)],
        [t.meanScore, score(s.stats.meanScore)],
        [t.lowestScore, score(s.stats.minScore)],
        [t.totalScore, twoDecimals(s.stats.totalScore, locale)],
      ],
    ),
  );
  out.push('', `### ${t.pairsHeading}`, '');
  const alternatives = (id: string) => (s.alternatives[id] ?? []).map((a) => `${escapeMarkdown(a.mentorId)} ${score(a.score)}`).join(', ');
  if (s.pairs.length === 0) out.push(t.noPairs);
  else
    append(
      out,
      table(
        [t.mentee, t.mentor, t.score, t.why, t.alternatives],
        s.pairs.map((p) => [
          person(report.mentees, p.menteeId),
          `${person(report.mentors, p.mentorId)}${p.pinned ? ` 📌 ${t.pinned}` : ''}`,
          score(p.score),
          [...words(p.warnings).map((w) => `⚠ ${w}`), ...words(p.reasons)].join('<br>'),
          alternatives(p.menteeId),
        ]),
      ),
    );
  out.push('', `### ${t.unmatchedHeading}`, '');
  if (s.unmatched.length === 0) out.push(s.stats.total + s.stats.alreadyPaired === 0 ? t.noMentees(run.programme !== undefined) : t.everyoneMatched);
  for (const u of s.unmatched) out.push(`- **${person(report.mentees, u.menteeId)}**: ${words(u.reasons).join(' ')}`);
  out.push('', `### ${t.loadHeading}`, '');
  append(
    out,
    table(
      [t.mentor, t.free, t.existing, t.pinnedColumn, t.newColumn, t.left],
      Object.entries(s.stats.load).map(([id, l]) => [person(report.mentors, id), ...[l.free, l.existing, l.pinned, l.suggested, l.remaining].map(String)]),
    ),
  );
  if (s.issues.length > 0) {
    out.push('', `### ${t.notesHeading}`, '');
    append(out, words(s.issues).map((w) => `- ${w}`));
  }
  out.push('');
  return out;
}

/** An input problem in the report's language; English keeps the validator's own message. */
function inputIssueText(issue: InputIssue, locale: string, t: ReportTranslation): string {
  if (resolveLocale(locale) === 'en') return formatInputIssue(issue);
  const place = t.place({
    ...(issue.row !== undefined ? { row: issue.row } : issue.index !== undefined ? { record: issue.index + 1 } : {}),
    ...(issue.recordId ? { recordId: issue.recordId } : {}),
    ...(issue.column ? { column: issue.column } : {}),
  });
  const field = issue.field ? ` (${issue.field})` : '';
  return `${issue.file}${place ? ` ${place}` : ''}${field}: ${issue.code}: ${issueMessage(issue.code, issue.params ?? {}, locale) ?? t.issue(issue.code)}`;
}

/** A report for people, in `report.locale`: summary figures, pairs with reasons in words, unmatched mentees with theirs. */
export function pairsToMarkdown(report: PairsReport): string {
  const t = reportTranslation(report.locale);
  const out = [`# ${t.title}`, ''];
  for (const run of report.runs) append(out, runSection(report, run, t));
  if (report.inputIssues.length > 0) {
    out.push(`## ${t.inputProblems}`, '');
    append(out, report.inputIssues.map((i) => `- ${escapeMarkdown(inputIssueText(i, report.locale, t))}`));
    out.push('');
  }
  return out.join('\n');
}

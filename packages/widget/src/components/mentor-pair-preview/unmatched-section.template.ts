import { html, nothing, type TemplateResult } from 'lit';
import type { Suggestion } from '@mentor-finder/matcher';
import type { PairPreviewTranslation } from '../../pair-preview-translations/pair-preview-translation.js';
import type { DescribeReasons } from './describe-reason.js';
import { duplicateGroups } from './duplicate-groups.js';
import { byId } from './by-id.js';

export interface UnmatchedSectionContext {
  t: PairPreviewTranslation;
  suggestion: Suggestion;
  /** The run applied a programme: its people are those of the files in that programme. */
  inProgramme: boolean;
  /** How many of each list to show at least; each list then grows by `pageSize`. */
  pageSize: number;
  shownUnmatched: number;
  shownFree: number;
  describe: DescribeReasons;
  menteeName: (id: string) => string;
  mentorName: (id: string) => string;
  duplicateWarning: (menteeId: string) => TemplateResult | typeof nothing;
  onMoreUnmatched: (shown: number) => void;
  onMoreFree: (shown: number) => void;
}

export function renderMore(t: PairPreviewTranslation, visible: number, total: number, id: string, more: () => void): TemplateResult | typeof nothing {
  if (visible >= total) return nothing;
  return html`<button class="button" part="button show-more" type="button" id=${id} @click=${more}>${t.showMore(visible, total)}</button>`;
}

/** The mentees left without a mentor, with why, and the mentors with places left, most first. */
export function renderUnmatchedSection(c: UnmatchedSectionContext): TemplateResult {
  const { t, suggestion, pageSize } = c;
  const { unmatched, stats } = suggestion;
  const free = Object.entries(stats.load)
    .filter(([, load]) => load.remaining > 0)
    .sort(([a, x], [b, y]) => y.remaining - x.remaining || byId(a, b));
  const visibleUnmatched = Math.min(unmatched.length, Math.max(c.shownUnmatched, pageSize));
  const visibleFree = Math.min(free.length, Math.max(c.shownFree, pageSize));
  const duplicates = duplicateGroups(suggestion);
  return html`<section class="section" part="section" aria-labelledby="unmatched-title">
      <h2 id="unmatched-title">${t.unmatchedHeading(unmatched.length)}</h2>
      ${unmatched.length === 0
        ? html`<p class="hint">${stats.total + stats.alreadyPaired === 0 ? t.noMenteesInRun(c.inProgramme) : t.noneUnmatched}</p>`
        : html`<ul class="unmatched" part="unmatched">
            ${unmatched.slice(0, visibleUnmatched).map(
              (entry) => html`<li data-mentee=${entry.menteeId}>
                <span class="name">${c.menteeName(entry.menteeId)}</span> <span class="id">${entry.menteeId}</span>
                ${duplicates.has(entry.menteeId)
                  ? c.duplicateWarning(entry.menteeId)
                  : html`<ul class="reasons">${c.describe(entry.reasons).map((text) => html`<li>${text}</li>`)}</ul>`}
              </li>`,
            )}
          </ul>
          ${renderMore(t, visibleUnmatched, unmatched.length, 'more-unmatched', () => c.onMoreUnmatched(visibleUnmatched + pageSize))}`}
    </section>
    <section class="section" part="section" aria-labelledby="free-title">
      <h2 id="free-title">${t.freeMentorsHeading(free.length)}</h2>
      ${free.length === 0
        ? html`<p class="hint">${Object.keys(stats.load).length === 0 ? t.noMentorsInRun(c.inProgramme) : t.noFreeMentors}</p>`
        : html`<ul class="free-mentors" part="free-mentors">
            ${free.slice(0, visibleFree).map(
              ([id, load]) => html`<li data-mentor=${id}><span class="name">${c.mentorName(id)}</span> <span class="id">${id}</span>: ${t.freePlacesLeft(load.remaining)}</li>`,
            )}
          </ul>
          ${renderMore(t, visibleFree, free.length, 'more-free', () => c.onMoreFree(visibleFree + pageSize))}`}
    </section>`;
}

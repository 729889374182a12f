import { html, type TemplateResult } from 'lit';
import type { PairRef } from '@mentor-finder/matcher';
import type { PairPreviewTranslation } from '../../pair-preview-translations/pair-preview-translation.js';
import { renderIssues } from './load-section.template.js';
import { sameRef, sortRefs, type PairConstraints } from './pair-constraints.js';
import type { RowIssue } from './row-issue.js';

export interface ConstraintsSectionContext {
  t: PairPreviewTranslation;
  constraints: PairConstraints;
  /** Problems of an imported pins-and-exclusions file. */
  issues: readonly RowIssue[];
  menteeName: (id: string) => string;
  mentorName: (id: string) => string;
  onChange: (next: PairConstraints) => void;
}

/** The pinned and the excluded pairs, each with a button that removes it. */
export function renderConstraintsSection(c: ConstraintsSectionContext): TemplateResult {
  const { t, constraints } = c;
  const { pins, exclusions } = constraints;
  const item = (text: string, remove: () => void) => html`<li>
    <span>${text}</span>
    <button class="button button--small" part="button" type="button" @click=${remove}>${t.remove}<span class="visually-hidden">: ${text}</span></button>
  </li>`;
  const without = (list: readonly PairRef[], ref: PairRef) => list.filter((r) => !sameRef(r, ref));
  return html`<section class="section" part="section" aria-labelledby="constraints-title">
    <h2 id="constraints-title">${t.constraintsHeading}</h2>
    ${pins.length + exclusions.length === 0
      ? html`<p class="hint">${t.noConstraints}</p>`
      : html`<ul class="constraints">
          ${sortRefs(pins).map((ref) =>
            item(t.pinnedPair(c.menteeName(ref.menteeId), c.mentorName(ref.mentorId)), () => c.onChange({ ...constraints, pins: without(pins, ref) })),
          )}
          ${sortRefs(exclusions).map((ref) =>
            item(t.excludedPair(c.menteeName(ref.menteeId), c.mentorName(ref.mentorId)), () => c.onChange({ ...constraints, exclusions: without(exclusions, ref) })),
          )}
        </ul>`}
    ${renderIssues(t, c.issues, 'constraint-issues')}
  </section>`;
}

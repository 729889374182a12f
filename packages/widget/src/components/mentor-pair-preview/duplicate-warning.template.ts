import { html, nothing, type TemplateResult } from 'lit';
import type { PairPreviewTranslation } from '../../pair-preview-translations/pair-preview-translation.js';
import type { DescribeReasons } from './describe-reason.js';
import type { DuplicateGroup } from './duplicate-groups.js';

export interface DuplicateWarningContext {
  t: PairPreviewTranslation;
  describe: DescribeReasons;
  menteeName: (id: string) => string;
  disabled: boolean;
  onKeep: (group: DuplicateGroup, menteeId: string) => void;
}

/** At the row of a person who registered twice: the warning, and a button per other record to pair instead. */
export function renderDuplicateWarning(context: DuplicateWarningContext, group: DuplicateGroup | undefined): TemplateResult | typeof nothing {
  if (!group) return nothing;
  const { t } = context;
  const others = group.menteeIds.filter((id) => id !== group.keptMenteeId);
  return html`<div class="duplicate" part="duplicate-warning">
    <p><strong>${t.warningsLabel}:</strong> ${context.describe([group.reason]).join(' ')}</p>
    ${others.map(
      (id) => html`<button class="button button--small" part="button keep-record-button" type="button" data-action="keep-record" data-keep=${id}
        ?disabled=${context.disabled} @click=${() => context.onKeep(group, id)}>${t.keepRecord(context.menteeName(id), id)}</button>`,
    )}
  </div>`;
}

import type { ReactiveControllerHost } from 'lit';

/** The pair row of `menteeId`, and the button of `action` in it. */
export interface RowFocus {
  menteeId: string;
  action: string;
}

/**
 * Keeps a keyboard user's place when the pairs table is drawn again: after a re-run at the row they
 * acted on, after "Show more" at the first new row.
 */
export class RowFocusController {
  private afterRun: RowFocus | undefined;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {}

  /** Where focus goes once the next run is shown; undefined leaves it where it is. */
  setAfterRun(target: RowFocus | undefined): void {
    this.afterRun = target;
  }

  /** Focuses the button acted on, another button of its row, or the pairs heading when the row is gone. */
  async restoreAfterRun(): Promise<void> {
    const target = this.afterRun;
    this.afterRun = undefined;
    if (!target) return;
    await this.host.updateComplete;
    const root = this.host.renderRoot;
    const row = [...root.querySelectorAll<HTMLElement>('tr[data-mentee]')].find((tr) => tr.dataset['mentee'] === target.menteeId);
    const button = row?.querySelector<HTMLElement>(`[data-action="${target.action}"]`) ?? row?.querySelector<HTMLElement>('button');
    (button ?? root.querySelector<HTMLElement>('#pairs-title'))?.focus();
  }

  /** Focuses the heading cell of the table's row at `index` once it is drawn. */
  async focusRow(index: number): Promise<void> {
    await this.host.updateComplete;
    const cell = this.host.renderRoot.querySelectorAll<HTMLElement>('tbody tr[data-mentee] th')[index];
    cell?.setAttribute('tabindex', '-1');
    cell?.focus();
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fieldName } from './error-summary.template.js';

/**
 * The summary names fields from the form rendered before it; when a render changes a label (a
 * language switch), the names it shows are stale, so the host renders once more.
 */
export class ErrorNamesController implements ReactiveController {
  private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode };

  constructor(host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    this.host = host;
    host.addController(this);
  }

  hostUpdated(): void {
    const root = this.host.renderRoot;
    const stale = [...root.querySelectorAll<HTMLElement>('.error-link[data-field]')].some((link) => link.textContent !== fieldName(root, link.dataset['field'] ?? ''));
    // Asked once this update is over (still before the next paint), not from inside it.
    if (stale) void this.host.updateComplete.then(() => this.host.requestUpdate());
  }
}

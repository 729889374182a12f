import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LatestPending } from '../../utilities/latest-pending.js';
import { loadOnce } from '../../utilities/load-once.js';

/** Defines <mentor-contact-dialog> from its own module. */
const loadContactDialog = loadOnce(() => import('../contact-dialog/contact-dialog.js').then(() => undefined));

/** Loads <mentor-contact-dialog> when contact is offered; `loading` lets the host's updateComplete wait for it. */
export class ContactDialogLoader implements ReactiveController {
  private readonly pending = new LatestPending();

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Settles when a load under way has ended, either way; undefined when none is. */
  get loading(): Promise<void> | undefined {
    return this.pending.current;
  }

  get defined(): boolean {
    return customElements.get('mentor-contact-dialog') !== undefined;
  }

  load(): Promise<void> {
    const loading = loadContactDialog();
    void this.pending.track(loading);
    return loading;
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadOnce } from '../../utilities/load-once.js';

/** Defines <mentor-contact-dialog> from its own module. */
const loadContactDialog = loadOnce(() => import('../contact-dialog/contact-dialog.js').then(() => undefined));

/** Loads <mentor-contact-dialog> when contact is offered; `loading` lets the host's updateComplete wait for it. */
export class ContactDialogLoader implements ReactiveController {
  /** Settles when a load under way has ended, either way; undefined when none is. */
  loading: Promise<void> | undefined;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  get defined(): boolean {
    return customElements.get('mentor-contact-dialog') !== undefined;
  }

  load(): Promise<void> {
    const loading = loadContactDialog();
    const settled = loading.then(
      () => undefined,
      () => undefined,
    );
    this.loading = settled;
    void settled.then(() => {
      if (this.loading === settled) this.loading = undefined;
    });
    return loading;
  }
}

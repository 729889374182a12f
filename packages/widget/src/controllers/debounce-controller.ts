import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Runs the latest scheduled task once input has paused for `delay` ms; cancelled on disconnect. */
export class DebounceController implements ReactiveController {
  delay: number;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, delay: number) {
    this.delay = delay;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  schedule(task: () => void): void {
    this.cancel();
    if (this.delay <= 0) {
      task();
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      task();
    }, this.delay);
  }

  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

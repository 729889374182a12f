import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextPaint } from '../utilities/next-paint.js';

/**
 * Cards in the first frame that shows a list: about the first row at common widths (two to four
 * columns), which is what the first screen shows of them once the search box and filters are above.
 */
export const FIRST_FRAME_CARDS = 3;

/**
 * Caps the first list a host renders at its first few cards and lifts the cap once that frame
 * has painted, so the first cards do not wait for the layout and paint of cards below them.
 */
export class FirstPaintController implements ReactiveController {
  private capped = false;
  private done = false;
  private lifting: Promise<void> | undefined;
  private readonly host: ReactiveControllerHost;
  private readonly cap: number;

  constructor(host: ReactiveControllerHost, cap = FIRST_FRAME_CARDS) {
    this.host = host;
    this.cap = cap;
    host.addController(this);
  }

  hostConnected(): void {}

  /** How many of the `count` cards of a list to render now. */
  limit(count: number): number {
    if (this.done) return count;
    if (!this.capped) {
      this.capped = true;
      this.lifting = nextPaint().then(() => {
        this.done = true;
        this.lifting = undefined;
        this.host.requestUpdate();
      });
    }
    return Math.min(count, this.cap);
  }

  /** Whether this frame's list is capped (its first frame). */
  get capping(): boolean {
    return this.capped && !this.done;
  }

  /** Settles once the cap is lifted and the host asked to render the rest; undefined when nothing waits. */
  get pending(): Promise<void> | undefined {
    return this.lifting;
  }
}

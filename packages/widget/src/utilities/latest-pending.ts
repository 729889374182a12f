/**
 * The last piece of work handed to `track`, until it settles either way: what a host's
 * `updateComplete` waits for. Work handed over later takes its place; older work settling then
 * clears nothing.
 */
export class LatestPending {
  current: Promise<void> | undefined;

  /** Tracks `work`; the promise returned settles when it does and never rejects. */
  track(work: Promise<unknown>): Promise<void> {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.current = settled;
    void settled.then(() => {
      if (this.current === settled) this.current = undefined;
    });
    return settled;
  }
}

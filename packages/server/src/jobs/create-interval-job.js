// @ts-check

/**
 * Runs `tick` every `intervalMs` without keeping the process alive; a failed run is logged and the
 * next one goes ahead. Tests call `tick` themselves on an injected clock.
 * @template T
 * @param {() => T} tick
 * @param {{ intervalMs: number, failure: string, log?: { error: Function } | undefined }} options
 */
export function createIntervalJob(tick, { intervalMs, failure, log }) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  return {
    tick,
    start() {
      if (timer) return;
      timer = setInterval(() => {
        try {
          tick();
        } catch (error) {
          log?.error({ err: error instanceof Error ? error.message : String(error) }, failure);
        }
      }, intervalMs);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}

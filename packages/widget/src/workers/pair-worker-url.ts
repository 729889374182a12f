import type { WorkerSource } from './open-module-worker.js';

/**
 * The URL of the pair preview's module worker, wherever the page's build put it: the worker module
 * is imported (bundlers that split code emit it as a chunk of its own) and reports its own URL.
 * Undefined when the build inlined it into this module, which is then no worker.
 */
export async function findPairWorker(): Promise<string | undefined> {
  const { PAIR_WORKER_URL } = await import('./mentor-pair-worker.js');
  return PAIR_WORKER_URL === import.meta.url ? undefined : PAIR_WORKER_URL;
}

/** The pair preview's own worker, found as above. */
export const PAIR_WORKER: WorkerSource = Object.freeze({ key: 'pair preview', find: findPairWorker });

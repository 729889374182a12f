import type { WorkerSource } from './open-module-worker.js';

/**
 * The self-contained pair preview's worker: mentor-pair-worker.js beside the script itself. Named,
 * not imported, so the browser fetches it once, for the worker.
 */
export const PAIR_WORKER: WorkerSource = Object.freeze({
  key: 'pair preview',
  find: () => Promise.resolve(new URL('./mentor-pair-worker.js', import.meta.url).href),
});

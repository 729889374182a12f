import { suggestPairs } from '@mentor-finder/matcher';
import type { SolveRequest, SolveResponse } from './solve-messages.js';

/** Solves one request; never throws, so the worker always answers. */
export function solveCohort(request: SolveRequest): SolveResponse {
  const started = performance.now();
  try {
    const suggestion = suggestPairs(request.input, request.options);
    return { id: request.id, ok: true, suggestion, ms: performance.now() - started };
  } catch (error) {
    return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

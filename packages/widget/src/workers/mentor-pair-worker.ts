// Module worker: solves cohorts off the main thread so the page stays responsive.
import { solveCohort } from './solve-cohort.js';
import type { SolveCohort, SolveResponse, WorkerRequest } from './solve-messages.js';

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
  postMessage(message: SolveResponse): void;
};

let cohort: SolveCohort | undefined;

scope.addEventListener('message', ({ data }) => {
  if (data.cohort) cohort = data.cohort;
  if (!cohort) {
    scope.postMessage({ id: data.id, ok: false, message: 'no cohort was sent to the worker' });
    return;
  }
  scope.postMessage(solveCohort({ id: data.id, input: { ...cohort, ...data.constraints }, options: data.options }));
});

// Module worker: solves cohorts and reads CSV files off the main thread so the page stays responsive.
import { readCsvRecords } from '../components/mentor-pair-preview/read-csv-records.js';
import { solveCohort } from './solve-cohort.js';
import type { ReadCsvRequest, ReadCsvResponse, SolveCohort, SolveResponse, WorkerRequest } from './solve-messages.js';

/**
 * Where this module was loaded from. The pair preview imports it to learn its URL and then starts it
 * as a worker, so a bundler that splits code emits it as a chunk of the app and the URL follows it.
 */
export const PAIR_WORKER_URL: string = import.meta.url;

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest | ReadCsvRequest>) => void): void;
  postMessage(message: SolveResponse | ReadCsvResponse): void;
};

let cohort: SolveCohort | undefined;

function answer({ data }: MessageEvent<WorkerRequest | ReadCsvRequest>): void {
  if ('kind' in data && data.kind === 'read-csv') {
    scope.postMessage({ kind: 'read-csv', id: data.id, read: readCsvRecords(data.source, data.text, data.mapping) });
    return;
  }
  const request = data as WorkerRequest;
  if (request.cohort) cohort = request.cohort;
  if (!cohort) {
    scope.postMessage({ id: request.id, ok: false, message: 'no cohort was sent to the worker' });
    return;
  }
  scope.postMessage(solveCohort({ id: request.id, input: { ...cohort, ...request.constraints }, options: request.options }));
}

// Imported on the main thread for its URL, it must not answer the page's messages.
if (typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope === 'function') scope.addEventListener('message', answer);

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SuggestInput, Suggestion, SuggestOptions } from '@mentor-finder/matcher';
import { solveCohort } from '../../workers/solve-cohort.js';
import type { SolveCohort, SolveRequest, SolveResponse, WorkerRequest } from '../../workers/solve-messages.js';
import { openModuleWorker, workerKey, type ModuleWorker, type WorkerSource } from '../../workers/open-module-worker.js';

export const SOLVE_STATUSES = ['idle', 'running', 'complete', 'cancelled', 'error'] as const;
export type SolveStatus = (typeof SOLVE_STATUSES)[number];

export const SOLVE_MODES = ['worker', 'main-thread'] as const;
export type SolveMode = (typeof SOLVE_MODES)[number];

export interface SolveControllerOptions {
  /** URL of the module worker (dist/mentor-pair-worker.js or any build of src/workers/mentor-pair-worker.ts). */
  workerUrl: () => WorkerSource;
  onResult: (suggestion: Suggestion, request: SolveRequest) => void;
  onError: (message: string) => void;
}

const TICK_MS = 500;

/** Resolves after the next frame has painted, so a progress indicator shows before heavy work. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function' || document.hidden) setTimeout(resolve, 0);
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/**
 * Solves cohorts in a module worker, one at a time: a new run or `cancel()` ends the one under way
 * (the worker is terminated). When no worker can be made or its script fails, it solves on the main
 * thread after the progress indicator has painted, and says so in the console.
 */
export class SolveController implements ReactiveController {
  status: SolveStatus = 'idle';
  mode: SolveMode | undefined;
  startedAt = 0;
  /** Milliseconds the last finished solve took inside the solver. */
  lastMs = 0;
  error = '';
  private readonly host: ReactiveControllerHost;
  private readonly options: SolveControllerOptions;
  private worker: { instance: ModuleWorker; url: string; cohort?: SolveCohort } | undefined;
  private workerUnavailable = false;
  private current: SolveRequest | undefined;
  private nextId = 1;
  private ticker: ReturnType<typeof setInterval> | undefined;

  constructor(host: ReactiveControllerHost, options: SolveControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
    this.worker?.instance.terminate();
    this.worker = undefined;
  }

  get running(): boolean {
    return this.status === 'running';
  }

  /** Seconds since the run started. */
  get elapsedSeconds(): number {
    return Math.floor((performance.now() - this.startedAt) / 1000);
  }

  run(input: SuggestInput, options: SuggestOptions): void {
    if (this.current) this.stopWorker();
    const request: SolveRequest = { id: this.nextId++, input, options };
    this.current = request;
    this.startedAt = performance.now();
    this.error = '';
    this.setStatus('running');
    this.startTicker();
    const worker = this.workerFor();
    if (!worker) {
      void this.solveHere(request);
      return;
    }
    try {
      worker.postMessage(this.workerRequest(request));
      this.mode = 'worker';
    } catch (error) {
      this.fallBack(`the cohort could not be sent to the worker (${String(error)})`);
    }
  }

  /** Stops the run under way; the previous result stays. */
  cancel(): void {
    if (!this.current) return;
    this.stopWorker();
    this.current = undefined;
    this.stopTicker();
    this.setStatus('cancelled');
  }

  /** The request without the cohort when this worker already holds the same one. */
  private workerRequest(request: SolveRequest): WorkerRequest {
    const { mentors, mentees, programme, pins, exclusions, existingPairs } = request.input;
    const held = this.worker?.cohort;
    const same = held && held.mentors === mentors && held.mentees === mentees && held.programme === programme;
    const constraints = { ...(pins ? { pins } : {}), ...(exclusions ? { exclusions } : {}), ...(existingPairs ? { existingPairs } : {}) };
    if (same) return { id: request.id, constraints, options: request.options };
    const cohort: SolveCohort = { mentors, mentees, ...(programme ? { programme } : {}) };
    if (this.worker) this.worker.cohort = { mentors, mentees, programme };
    return { id: request.id, cohort, constraints, options: request.options };
  }

  private workerFor(): ModuleWorker | undefined {
    if (this.workerUnavailable || typeof Worker !== 'function') {
      if (!this.workerUnavailable) this.warn('Web Workers are not available');
      this.workerUnavailable = true;
      return undefined;
    }
    const source = this.options.workerUrl();
    if (this.worker?.url === workerKey(source)) return this.worker.instance;
    this.worker?.instance.terminate();
    const opened = openModuleWorker<SolveResponse>(source, (data) => this.finish(data), (why) => this.fallBack(why));
    if (typeof opened === 'string') {
      this.warn(opened);
      this.workerUnavailable = true;
      return undefined;
    }
    this.worker = opened;
    return opened.instance;
  }

  private fallBack(why: string): void {
    this.warn(why);
    this.workerUnavailable = true;
    this.worker?.instance.terminate();
    this.worker = undefined;
    if (this.current) void this.solveHere(this.current);
  }

  private warn(why: string): void {
    console.warn(`mentor-pair-preview: ${why}; solving on the main thread instead.`);
  }

  private async solveHere(request: SolveRequest): Promise<void> {
    this.mode = 'main-thread';
    await afterPaint();
    if (this.current?.id !== request.id) return;
    this.finish(solveCohort(request));
  }

  private finish(response: SolveResponse): void {
    const request = this.current;
    if (!request || response.id !== request.id) return;
    this.current = undefined;
    this.stopTicker();
    if (response.ok) {
      this.lastMs = response.ms;
      this.setStatus('complete');
      this.options.onResult(response.suggestion, request);
    } else {
      this.error = response.message;
      this.setStatus('error');
      this.options.onError(response.message);
    }
  }

  private stopWorker(): void {
    // A worker busy with an old cohort cannot be interrupted; a fresh one is made on the next run.
    if (this.mode === 'worker' && this.worker) {
      this.worker.instance.terminate();
      this.worker = undefined;
    }
  }

  private startTicker(): void {
    this.stopTicker();
    this.ticker = setInterval(() => this.host.requestUpdate(), TICK_MS);
  }

  private stopTicker(): void {
    if (this.ticker !== undefined) clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private setStatus(status: SolveStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}

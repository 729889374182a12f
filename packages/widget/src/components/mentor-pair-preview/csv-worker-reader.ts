import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReadCsvRequest, ReadCsvResponse } from '../../workers/solve-messages.js';
import type { CohortSource } from './cohort-data-controller.js';
import { readCsvRecords } from './read-csv-records.js';
import type { ReadRecords } from './read-records.js';
import { openModuleWorker, workerKey, type ModuleWorker, type WorkerSource } from '../../workers/open-module-worker.js';

interface Waiting {
  resolve: (read: ReadRecords) => void;
  request: ReadCsvRequest;
}

/**
 * Reads CSV files in the pair preview's module worker (its own instance, so a cancelled solve does
 * not lose a file being read). Without workers, or when the worker fails, it reads on the main thread
 * and says so in the console.
 */
export class CsvWorkerReader implements ReactiveController {
  /** Where the last file was read. */
  mode: 'worker' | 'main-thread' | undefined;
  private readonly workerUrl: () => WorkerSource;
  private worker: { instance: ModuleWorker; url: string } | undefined;
  private unavailable = false;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();

  constructor(host: ReactiveControllerHost, workerUrl: () => WorkerSource) {
    this.workerUrl = workerUrl;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.dispose();
  }

  read(source: CohortSource, text: string, mapping: unknown): Promise<ReadRecords> {
    const request: ReadCsvRequest = { kind: 'read-csv', id: this.nextId++, source, text, mapping };
    const worker = this.workerFor();
    if (!worker) return Promise.resolve(this.readHere(request));
    return new Promise((resolve) => {
      this.waiting.set(request.id, { resolve, request });
      try {
        worker.postMessage(request);
      } catch (error) {
        this.fallBack(`the file could not be sent to the worker (${String(error)})`);
      }
    });
  }

  /** Ends the worker; files still being read are dropped (their element is gone). */
  dispose(): void {
    this.worker?.instance.terminate();
    this.worker = undefined;
    this.waiting.clear();
  }

  private workerFor(): ModuleWorker | undefined {
    if (this.unavailable) return undefined;
    if (typeof Worker !== 'function') {
      this.warn('Web Workers are not available');
      this.unavailable = true;
      return undefined;
    }
    const source = this.workerUrl();
    if (this.worker?.url === workerKey(source)) return this.worker.instance;
    this.worker?.instance.terminate();
    const opened = openModuleWorker<ReadCsvResponse>(source, (data) => this.finish(data), (why) => this.fallBack(why));
    if (typeof opened === 'string') {
      this.warn(opened);
      this.unavailable = true;
      return undefined;
    }
    this.worker = opened;
    return opened.instance;
  }

  private finish(response: ReadCsvResponse): void {
    if (response?.kind !== 'read-csv') return;
    const waiting = this.waiting.get(response.id);
    if (!waiting) return;
    this.waiting.delete(response.id);
    this.mode = 'worker';
    waiting.resolve(response.read);
  }

  private fallBack(why: string): void {
    this.warn(why);
    this.unavailable = true;
    this.worker?.instance.terminate();
    this.worker = undefined;
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const { resolve, request } of waiting) resolve(this.readHere(request));
  }

  private readHere(request: ReadCsvRequest): ReadRecords {
    this.mode = 'main-thread';
    return readCsvRecords(request.source, request.text, request.mapping);
  }

  private warn(why: string): void {
    console.warn(`mentor-pair-preview: ${why}; reading CSV on the main thread instead.`);
  }
}

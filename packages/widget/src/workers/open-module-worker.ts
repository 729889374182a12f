/** Where a module worker comes from: its URL, or a lookup that finds it (undefined when there is none). */
export type WorkerSource = string | URL | { key: string; find: () => Promise<string | undefined> };

/** The part of a worker the pair preview uses; messages sent before a looked-up worker starts wait for it. */
export type ModuleWorker = Pick<Worker, 'postMessage' | 'terminate'>;

/** A started module worker and the source it came from (a changed source means a new worker). */
export interface OpenedWorker {
  instance: ModuleWorker;
  url: string;
}

/** Compares sources: a URL by its text, a lookup by its key. */
export function workerKey(source: WorkerSource): string {
  return typeof source === 'object' && 'find' in source ? source.key : String(source);
}

/**
 * Starts a module worker. Failures after the start (it was not found, did not load, crashed, a
 * message could not be read) reach `onFailure`; a worker that cannot be created at all is returned
 * as the reason why.
 */
export function openModuleWorker<T>(source: WorkerSource, onMessage: (data: T) => void, onFailure: (why: string) => void): OpenedWorker | string {
  if (typeof source === 'object' && 'find' in source) return { instance: lookUp(source, onMessage, onFailure), url: source.key };
  const url = String(source);
  try {
    return { instance: start(url, onMessage, onFailure), url };
  } catch (error) {
    return `the worker ${url} could not be created (${String(error)})`;
  }
}

function start<T>(url: string, onMessage: (data: T) => void, onFailure: (why: string) => void): Worker {
  const instance = new Worker(url, { type: 'module' });
  instance.addEventListener('message', (event: MessageEvent<T>) => onMessage(event.data));
  instance.addEventListener('error', (event) => {
    event.preventDefault();
    onFailure(`the worker ${url} failed to start or crashed`);
  });
  instance.addEventListener('messageerror', () => onFailure('the worker sent an unreadable message'));
  return instance;
}

/** A worker whose URL is still being looked up: messages wait in order, and go once it has started. */
function lookUp<T>(source: { key: string; find: () => Promise<string | undefined> }, onMessage: (data: T) => void, onFailure: (why: string) => void): ModuleWorker {
  let started: Worker | undefined;
  let ended = false;
  const queue: unknown[] = [];
  void source.find().then(
    (url) => {
      if (ended) return;
      if (!url) return onFailure(`the ${source.key} worker is not in this build`);
      try {
        started = start(url, onMessage, onFailure);
        for (const message of queue.splice(0)) started.postMessage(message);
      } catch (error) {
        onFailure(`the worker ${url} could not be started or sent a message (${String(error)})`);
      }
    },
    (error: unknown) => {
      if (!ended) onFailure(`the ${source.key} worker could not be loaded (${String(error)})`);
    },
  );
  return {
    postMessage(message: unknown) {
      if (started) started.postMessage(message);
      else queue.push(message);
    },
    terminate() {
      ended = true;
      started?.terminate();
    },
  } as ModuleWorker;
}

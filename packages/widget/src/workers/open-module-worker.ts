/** A started module worker and the URL it came from (a changed URL means a new worker). */
export interface OpenedWorker {
  instance: Worker;
  url: string;
}

/**
 * Starts a module worker. Failures after the start (it did not load, it crashed, a message could not
 * be read) reach `onFailure`; a worker that cannot be created at all is returned as the reason why.
 */
export function openModuleWorker<T>(url: string, onMessage: (data: T) => void, onFailure: (why: string) => void): OpenedWorker | string {
  try {
    const instance = new Worker(url, { type: 'module' });
    instance.addEventListener('message', (event: MessageEvent<T>) => onMessage(event.data));
    instance.addEventListener('error', (event) => {
      event.preventDefault();
      onFailure(`the worker ${url} failed to start or crashed`);
    });
    instance.addEventListener('messageerror', () => onFailure('the worker sent an unreadable message'));
    return { instance, url };
  } catch (error) {
    return `the worker ${url} could not be created (${String(error)})`;
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { validateProgramme, type Programme } from '@mentor-finder/matcher';
import type { LoadStatus } from '../../controllers/load-status.js';

/** What the host gives: a URL of programmes.json or the programmes themselves, and the id to use. */
export interface ProgrammeSource {
  src: string;
  programmes: unknown;
  programme: string;
}

/** One programme of a list (or a single programme object) by id; invalid definitions are not used. */
export function pickProgramme(input: unknown, id: string): Programme | undefined {
  const list = Array.isArray(input) ? input : [input];
  const found: unknown = list.find((item) => item && typeof item === 'object' && (item as { id?: unknown }).id === id);
  if (!found) return undefined;
  const { ok, value } = validateProgramme(found);
  return ok ? value : undefined;
}

/**
 * Loads the programme definitions from `src` (or takes `programmes`) and picks `programme`;
 * `status` is pending while loading, error when the file cannot be read, and complete with
 * `programme` undefined when the id is not in it.
 */
export class ProgrammeController implements ReactiveController {
  status: LoadStatus = 'initial';
  value: Programme | undefined;
  private readonly host: ReactiveControllerHost & ProgrammeSource;
  private key = '';
  private abort: AbortController | undefined;

  constructor(host: ReactiveControllerHost & ProgrammeSource) {
    this.host = host;
    host.addController(this);
  }

  hostUpdate(): void {
    const { src, programmes, programme } = this.host;
    const key = `${programmes ? 'inline' : src}\n${programme}`;
    if (key === this.key && this.status !== 'initial') return;
    this.key = key;
    this.abort?.abort();
    if (programmes) {
      this.finish('complete', pickProgramme(programmes, programme));
    } else if (src) {
      void this.load(src, programme);
    } else {
      this.status = 'initial';
      this.value = undefined;
    }
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.key = '';
  }

  /** Settles when the current load has finished. */
  loading: Promise<void> | undefined;

  private load(src: string, id: string): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    this.status = 'pending';
    this.value = undefined;
    this.loading = (async () => {
      try {
        const response = await fetch(src, { signal: abort.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
        if (!response.ok) {
          // An unread body keeps the request open.
          await response.body?.cancel();
          throw new Error(`HTTP ${response.status}`);
        }
        const input: unknown = await response.json();
        if (!abort.signal.aborted) this.finish('complete', pickProgramme(input, id));
      } catch {
        if (!abort.signal.aborted) this.finish('error', undefined);
      }
    })();
    return this.loading;
  }

  private finish(status: LoadStatus, programme: Programme | undefined): void {
    this.status = status;
    this.value = programme;
    this.host.requestUpdate();
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LoadStatus } from '../../controllers/load-status.js';

/** The stored profile a mentor updates: what `GET profile-src` answers. */
export interface StoredProfile {
  id: string;
  /** The address the profile is registered with; shown, not editable. */
  email: string;
  paused: boolean;
  /** The full record without its address, as the server stores it. */
  record: Record<string, unknown>;
}

function isProfile(value: unknown): value is StoredProfile {
  const candidate = value as Partial<StoredProfile> | null;
  return Boolean(candidate) && typeof candidate?.id === 'string' && typeof candidate.email === 'string' && Boolean(candidate.record) && typeof candidate.record === 'object';
}

/**
 * Loads the profile to update from the host's `profileSrc` (a URL carrying the mailed link's
 * token); `status` is error when the link is refused or the answer is not a profile.
 */
export class ProfileController implements ReactiveController {
  status: LoadStatus = 'initial';
  value: StoredProfile | undefined;
  /** Settles when the current load has finished. */
  loading: Promise<void> | undefined;
  private readonly host: ReactiveControllerHost & { profileSrc: string };
  private src = '';
  private abort: AbortController | undefined;

  constructor(host: ReactiveControllerHost & { profileSrc: string }) {
    this.host = host;
    host.addController(this);
  }

  hostUpdate(): void {
    const src = this.host.profileSrc;
    if (src === this.src) return;
    this.src = src;
    this.abort?.abort();
    this.value = undefined;
    this.status = 'initial';
    if (src) void this.load(src);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.src = '';
  }

  /** After a save: the record as sent is what the server now holds. */
  accept(record: Record<string, unknown>): void {
    if (this.value) this.value = { ...this.value, record };
  }

  private load(src: string): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    this.status = 'pending';
    this.loading = (async () => {
      try {
        const response = await fetch(src, { signal: abort.signal, credentials: 'same-origin', cache: 'no-store', headers: { accept: 'application/json' } });
        const body: unknown = await response.json().catch(() => undefined);
        if (abort.signal.aborted) return;
        this.status = response.ok && isProfile(body) ? 'complete' : 'error';
        this.value = this.status === 'complete' ? (body as StoredProfile) : undefined;
      } catch {
        if (abort.signal.aborted) return;
        this.status = 'error';
      }
      this.host.requestUpdate();
    })();
    return this.loading;
  }
}

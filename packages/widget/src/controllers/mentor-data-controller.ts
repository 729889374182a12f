import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PublicMentor, ValidationError } from '@mentor-finder/matcher';
import type { MentorFinderErrorDetail } from '../events/mentor-finder-error.js';
import type { LoadStatus } from './load-status.js';
import { LatestPending } from '../utilities/latest-pending.js';
import { loadOnce } from '../utilities/load-once.js';
import { nextPaint } from '../utilities/next-paint.js';
import { takePrefetchedMentorData } from './mentor-data-prefetch.js';
import { firstPage } from './first-page.js';

// Imported when data has arrived, after a list's first page has painted: fetched sooner, it arrived
// and compiled while that page waited for the main thread.
const loadValidator = loadOnce(() => import('./public-mentor-validation.js'));
const loadCompactReader = loadOnce(() => import('./compact-mentor-reader.js'));

/** Might be the compact format (an object, not an array), so its reader is needed to know. */
const maybeCompact = (data: unknown): boolean => typeof data === 'object' && data !== null && !Array.isArray(data);

export interface FirstPageOptions {
  count: number;
  locale: string;
  ready: (record: unknown) => record is PublicMentor;
}

export interface MentorDataOptions {
  /** Called for every problem: load failure, no valid mentor, or skipped records. */
  onError: (detail: MentorFinderErrorDetail) => void;
  /**
   * How many mentors, in which locale's name order, to show from a `src` before all are validated,
   * and which records can be shown before that (those `ready` accepts).
   */
  preview?: () => FirstPageOptions;
  /** Milliseconds a load stays `quiet` before the host announces it; 0 announces it at once. */
  noticeDelay?: () => number;
}

/**
 * Loads public mentors from a URL or takes them from a property, validates them, and exposes
 * `status` (initial, pending, complete, error). Invalid records are skipped and reported; only
 * input with no valid mentor at all (or a failed load) is an error.
 */
export class MentorDataController implements ReactiveController {
  status: LoadStatus = 'initial';
  mentors: readonly PublicMentor[] = [];
  errorCode: 'load-failed' | 'invalid-data' | undefined;
  /** While `pending`: `mentors` holds the first page in name order, shown before the rest is validated. */
  previewing = false;
  /**
   * While `pending`, younger than the notice delay and not `previewing`: the host shows a busy region
   * without a message, so a load that is over in a moment neither flashes one nor spends a frame on it.
   */
  quiet = false;
  private readonly host: ReactiveControllerHost;
  private readonly options: MentorDataOptions;
  private abort: AbortController | undefined;
  private lastSrc = '';
  private generation = 0;
  private readonly waiting = new LatestPending();
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  /** The request of this load, while it is on its way. */
  private fetching: AbortController | undefined;
  /** A request was cut short by a disconnect; the next connect loads again. */
  private interrupted = false;

  constructor(host: ReactiveControllerHost, options: MentorDataOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // An element moved in the page while its data was on the way picks the load up again.
    if (this.interrupted) {
      this.interrupted = false;
      void this.load(this.lastSrc);
    }
  }

  /** Settles when input already received has been validated; undefined when no input waits for that. */
  get validating(): Promise<void> | undefined {
    return this.waiting.current;
  }

  hostDisconnected(): void {
    if (this.fetching) this.interrupted = true;
    this.abort?.abort();
    this.endQuiet();
  }

  /** Fetches and validates `src`; a newer call cancels an older one. */
  async load(src: string): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.lastSrc = src;
    this.generation += 1;
    // Another list's first page is not this one's.
    this.previewing = false;
    this.setStatus('pending');
    let data: unknown;
    this.fetching = abort;
    try {
      // The first load of a URL may find its request already started (see mentor-data-prefetch).
      const prefetched = this.generation === 1 ? takePrefetchedMentorData(src) : undefined;
      const response = await (prefetched ?? fetch(src, { signal: abort.signal, headers: { accept: 'application/json' }, credentials: 'same-origin' }));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      data = await response.json();
    } catch (error) {
      if (abort.signal.aborted) return;
      this.fail('load-failed', undefined, error instanceof Error ? error.message : String(error));
      return;
    } finally {
      if (this.fetching === abort) this.fetching = undefined;
    }
    if (abort.signal.aborted) return;
    await this.take(data, true);
  }

  /** Loads the last `src` again, after a failure. */
  reload(): Promise<void> {
    return this.load(this.lastSrc);
  }

  /**
   * Validates mentors given directly (the `mentors` property). Synchronous for an array once the
   * validator is here; until then, and while the compact format's reader arrives, the status is `pending`.
   */
  accept(input: unknown): Promise<void> {
    return this.take(input, false);
  }

  private take(input: unknown, loaded: boolean): Promise<void> {
    const taking = this.settle(input, loaded);
    void this.waiting.track(taking);
    return taking;
  }

  /** Shows a first page of `input` when it can, then validates it and shows what is valid. */
  private async settle(input: unknown, loaded: boolean): Promise<void> {
    this.abort?.abort();
    const generation = ++this.generation;
    this.previewing = false;
    let data = input;
    if (maybeCompact(data)) {
      const reader = loadCompactReader.loaded ?? (await this.loadPart(loadCompactReader, generation));
      if (!reader) return;
      try {
        if (reader.isCompactPublicMentors(data)) data = reader.fromCompactPublicMentors(data);
      } catch (cause) {
        this.fail('invalid-data', undefined, cause instanceof Error ? cause.message : String(cause));
        return;
      }
    }
    // A loaded list paints its first page before it is validated, unless it is short and the validator here.
    const preview = loaded && this.options.preview ? this.options.preview() : undefined;
    if (preview && Array.isArray(data) && (!loadValidator.loaded || data.length > preview.count * 2)) {
      await this.showFirstPage(data, preview);
      if (generation !== this.generation) return;
    }
    const validate = loadValidator.loaded ?? (await this.loadPart(loadValidator, generation));
    if (!validate) return;
    this.previewing = false;
    const { valid, errors } = validate.validatePublicMentors(data);
    if (errors.length > 0 && valid.length === 0) {
      this.fail('invalid-data', errors);
      return;
    }
    if (errors.length > 0) this.report({ code: 'invalid-records', errors });
    this.mentors = valid;
    this.errorCode = undefined;
    this.setStatus('complete');
  }

  /** Code loaded on demand; undefined when it failed to load (reported) or newer input took over meanwhile. */
  private async loadPart<T>(load: () => Promise<T>, generation: number): Promise<T | undefined> {
    this.setStatus('pending');
    try {
      const part = await load();
      return generation === this.generation ? part : undefined;
    } catch (cause) {
      if (generation === this.generation) this.fail('load-failed', undefined, cause instanceof Error ? cause.message : String(cause));
      return undefined;
    }
  }

  /** Shows the first page of `data` until the next paint, when a record of it can be shown. */
  private async showFirstPage(data: readonly unknown[], preview: FirstPageOptions): Promise<void> {
    const first = firstPage(data, preview.count, preview.locale, preview.ready);
    if (first.length === 0) return;
    this.mentors = first;
    this.previewing = true;
    this.endQuiet();
    this.host.requestUpdate();
    await nextPaint();
  }

  private fail(code: 'load-failed' | 'invalid-data', errors?: ValidationError[], cause?: string): void {
    this.mentors = [];
    this.previewing = false;
    this.errorCode = code;
    this.setStatus('error');
    this.report({ code, ...(errors ? { errors } : {}), ...(cause ? { cause } : {}) });
  }

  private report(detail: MentorFinderErrorDetail): void {
    console.error(`mentor-finder: ${detail.code}`, detail.cause ?? '', detail.errors ?? '');
    this.options.onError(detail);
  }

  private setStatus(status: LoadStatus): void {
    if (status !== 'pending') this.endQuiet();
    else if (this.status !== 'pending') this.startQuiet();
    this.status = status;
    this.host.requestUpdate();
  }

  private startQuiet(): void {
    // setTimeout takes at most 2^31 - 1 ms; a longer delay means no message while loading.
    const delay = Math.min(this.options.noticeDelay?.() ?? 0, 2 ** 31 - 1);
    if (!(delay > 0)) return;
    this.quiet = true;
    this.noticeTimer = setTimeout(() => {
      this.noticeTimer = undefined;
      this.quiet = false;
      this.host.requestUpdate();
    }, delay);
  }

  private endQuiet(): void {
    clearTimeout(this.noticeTimer);
    this.noticeTimer = undefined;
    this.quiet = false;
  }
}

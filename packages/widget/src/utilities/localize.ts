import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { EN_LABELS, type VocabularyLabelCatalogue } from '@mentor-finder/matcher';
import { en } from '../translations/en.js';
import type { Translation } from '../translations/translation.js';
import { loadedLabels, loadedTranslation, loadTranslation, translationCode } from './load-translation.js';
import { LatestPending } from './latest-pending.js';

export const FALLBACK_LOCALE = 'en';

/**
 * Labels for a locale no catalogue speaks (a host's own `$code` in `messages`): the English
 * vocabulary labels, and no names of its own, so languages and countries are named in that locale
 * by the browser.
 */
const OTHER_LOCALE_LABELS = Object.freeze({ ...EN_LABELS, language: {}, country: {} }) as unknown as VocabularyLabelCatalogue;

/** The nearest `lang` attribute, looking through shadow roots, then `<html lang>`. */
export function findLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    const value = found?.getAttribute('lang');
    if (value) return value;
    const root = (found ?? node).getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang || FALLBACK_LOCALE;
}

/** An element the controller serves: it may override any string through `messages`. */
export type LocalizedHost = ReactiveControllerHost & HTMLElement & { messages?: Partial<Translation> | undefined };

const connectedHosts = new Set<LocalizedHost>();
let observer: MutationObserver | undefined;

function watchLangChanges(): void {
  if (observer) return;
  // Any ancestor's lang may change at run time; one observer serves every host.
  observer = new MutationObserver(() => connectedHosts.forEach((host) => host.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang'] });
}

/**
 * Gives a host its locale (own `lang`, closest `[lang]`, `<html lang>`, English) and its strings,
 * with the host's `messages` overriding any of them. The host re-renders when a `lang` changes.
 */
export class LocalizeController implements ReactiveController {
  private readonly host: LocalizedHost;
  private cache: { base: Translation; messages: Partial<Translation> | undefined; merged: Translation } | undefined;
  private readonly pending = new LatestPending();
  private requested: string | undefined;

  constructor(host: LocalizedHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    connectedHosts.add(this.host);
    watchLangChanges();
  }

  hostDisconnected(): void {
    connectedHosts.delete(this.host);
  }

  /** The catalogue's language code, e.g. `et`. */
  get locale(): string {
    return this.strings.$code;
  }

  /**
   * Settles when the catalogue asked for last has arrived and the host has been asked to re-render;
   * undefined when nothing is loading. Hosts await it in `getUpdateComplete`.
   */
  get loading(): Promise<void> | undefined {
    return this.pending.current;
  }

  /** English until the page's catalogue has arrived, then that catalogue. */
  private catalogue(): Translation {
    const code = translationCode(findLang(this.host));
    const found = loadedTranslation(code);
    if (found) return found;
    // One request per language asked for; after a failure (offline, blocked) English stays.
    if (this.requested !== code) {
      this.requested = code;
      void this.pending.track(loadTranslation(code)).then(() => this.host.requestUpdate());
    }
    return en;
  }

  /** The vocabulary labels for `locale`. */
  get labels(): VocabularyLabelCatalogue {
    const code = this.catalogue().$code;
    return this.locale === code ? loadedLabels(code) : OTHER_LOCALE_LABELS;
  }

  /** The strings to show, `messages` applied. */
  get strings(): Translation {
    const base = this.catalogue();
    const messages = this.host.messages;
    if (this.cache?.base !== base || this.cache.messages !== messages) {
      this.cache = { base, messages, merged: messages ? { ...base, ...messages } : base };
    }
    return this.cache.merged;
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en } from '../translations/en.js';
import { et } from '../translations/et.js';
import { fi } from '../translations/fi.js';
import { lt } from '../translations/lt.js';
import { lv } from '../translations/lv.js';
import type { Translation } from '../translations/translation.js';

export const TRANSLATIONS: Readonly<Record<string, Translation>> = Object.freeze({ en, et, fi, lt, lv });
export const FALLBACK_LOCALE = 'en';

/** Picks the catalogue for a BCP 47 tag: exact, then its language (`et-EE` -> `et`), then English. */
export function resolveTranslation(lang: string): Translation {
  const tag = lang.trim().toLowerCase();
  return TRANSLATIONS[tag] ?? TRANSLATIONS[tag.split(/[-_]/)[0] ?? ''] ?? en;
}

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

  /** The strings to show, `messages` applied. */
  get strings(): Translation {
    const base = resolveTranslation(findLang(this.host));
    const messages = this.host.messages;
    if (this.cache?.base !== base || this.cache.messages !== messages) {
      this.cache = { base, messages, merged: messages ? { ...base, ...messages } : base };
    }
    return this.cache.merged;
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { findLang } from '../utilities/localize.js';
import type { PairPreviewTranslation } from './pair-preview-translation.js';
import { resolvePairPreviewTranslation } from './resolve-pair-preview-translation.js';

export type PairPreviewLocalizedHost = ReactiveControllerHost & HTMLElement & { messages?: Partial<PairPreviewTranslation> | undefined };

const hosts = new Set<PairPreviewLocalizedHost>();
let observer: MutationObserver | undefined;

function watchLangChanges(): void {
  if (observer) return;
  // Any ancestor's lang may change at run time; one observer serves every host.
  observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang'] });
}

/**
 * The pair preview's strings, resolved like the finder's (own `lang`, closest `[lang]`,
 * `<html lang>`, English), with the host's `messages` applied; re-renders when a `lang` changes.
 */
export class PairPreviewLocalizeController implements ReactiveController {
  private readonly host: PairPreviewLocalizedHost;
  private cache: { base: PairPreviewTranslation; messages: Partial<PairPreviewTranslation> | undefined; merged: PairPreviewTranslation } | undefined;

  constructor(host: PairPreviewLocalizedHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    watchLangChanges();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  get locale(): string {
    return this.strings.$code;
  }

  get strings(): PairPreviewTranslation {
    // The host's own `lang` property first: render runs before Lit reflects it to the attribute.
    const base = resolvePairPreviewTranslation(this.host.lang || findLang(this.host));
    const messages = this.host.messages;
    if (this.cache?.base !== base || this.cache.messages !== messages) {
      this.cache = { base, messages, merged: messages ? { ...base, ...messages } : base };
    }
    return this.cache.merged;
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { registrationStrings } from './translations/index.js';
import type { RegistrationTranslation } from './translations/registration-translation.js';

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

function watchLangChanges(): void {
  if (observer) return;
  // Any ancestor's lang may change at run time; one observer serves every form.
  observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang'] });
}

/** The form's strings, looked up like the finder's; the host re-renders when a `lang` changes. */
export class RegistrationLocalizeController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement & { messages?: Partial<RegistrationTranslation> | undefined };

  constructor(host: ReactiveControllerHost & HTMLElement & { messages?: Partial<RegistrationTranslation> | undefined }) {
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

  get strings(): RegistrationTranslation {
    const base = registrationStrings(this.host);
    const messages = this.host.messages;
    return messages ? { ...base, ...messages } : base;
  }

  get locale(): string {
    return this.strings.$code;
  }
}

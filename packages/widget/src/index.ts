// Tree-shakable entry: classes and data only; nothing is defined until `MentorFinder.define()`.
export { MentorFinder, FINDER_VIEWS } from './components/mentor-finder/mentor-finder.component.js';
export type { FinderView } from './components/mentor-finder/mentor-finder.component.js';
export { MentorContactDialog, CONTACT_PHASES } from './components/contact-dialog/contact-dialog.component.js';
export type { ContactPhase } from './components/contact-dialog/contact-dialog.component.js';
export * from './events/index.js';
export * from './translations/index.js';
export { LocalizeController } from './utilities/localize.js';
export { resolveTranslation, TRANSLATIONS } from './utilities/resolve-translation.js';
export { MentorDataController } from './controllers/mentor-data-controller.js';
export { DebounceController } from './controllers/debounce-controller.js';
export { LOAD_STATUSES } from './controllers/load-status.js';
export type { LoadStatus } from './controllers/load-status.js';
export { sendContactRequest } from './utilities/send-contact-request.js';
export type { SendOutcome, SendContactRequestOptions } from './utilities/send-contact-request.js';
export type { ContactDraft } from './utilities/contact-draft.js';
export { WIDGET_VERSION } from './version.js';
export { MentorPairPreview } from './components/mentor-pair-preview/mentor-pair-preview.component.js';
export type * from './components/mentor-pair-preview/mentor-pair-preview.events.js';

// CDN entry: defines <mentor-finder> on import. It names its exports rather than re-exporting
// index.js, so other elements of the package never ride along. Parts not needed to browse and search
// (ranking, the contact dialog and validators, languages other than English) are chunks beside this
// file that it imports when they are needed; <mentor-contact-dialog> is defined when contact is offered.
import './components/mentor-finder/mentor-finder.js';

export { MentorFinder, FINDER_VIEWS } from './components/mentor-finder/mentor-finder.component.js';
export type { FinderView } from './components/mentor-finder/mentor-finder.component.js';
export type { MentorContactDialog, ContactPhase } from './components/contact-dialog/contact-dialog.component.js';
export * from './events/index.js';
// Catalogues other than English load on demand (chunks beside this file), so only `en` is exported
// here; bundler users get all of them, `TRANSLATIONS` and `resolveTranslation` from the package index.
export type { Translation, ContactField, SendFailure } from './translations/translation.js';
export { en } from './translations/en.js';
export { LocalizeController } from './utilities/localize.js';
export { MentorDataController } from './controllers/mentor-data-controller.js';
export { DebounceController } from './controllers/debounce-controller.js';
export { LOAD_STATUSES } from './controllers/load-status.js';
export type { LoadStatus } from './controllers/load-status.js';
export { sendContactRequest } from './utilities/send-contact-request.js';
export type { SendOutcome, SendContactRequestOptions } from './utilities/send-contact-request.js';
export type { ContactDraft } from './utilities/contact-draft.js';
export { WIDGET_VERSION } from './version.js';

// CDN entry: one self-contained module that defines <mentor-registration> on import. It is loaded only
// by pages with a sign-up form, so the finder's entry never carries it.
import './components/mentor-registration/mentor-registration.js';

export { MentorRegistration, REGISTRATION_PHASES } from './components/mentor-registration/mentor-registration.component.js';
export type { RegistrationPhase } from './components/mentor-registration/mentor-registration.component.js';
export type * from './components/mentor-registration/mentor-registration.events.js';
export type { RegistrationRequest } from './components/mentor-registration/build-registration.js';
export type * from './components/mentor-registration/translations/registration-translation.js';

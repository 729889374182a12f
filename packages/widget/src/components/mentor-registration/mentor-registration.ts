import { defineOnce } from '../../utilities/define-once.js';
import { MentorRegistration } from './mentor-registration.component.js';

export { MentorRegistration };
export default MentorRegistration;

defineOnce('mentor-registration', MentorRegistration);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-registration': MentorRegistration;
  }
}

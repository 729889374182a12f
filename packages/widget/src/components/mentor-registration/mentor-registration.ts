import { MentorRegistration } from './mentor-registration.component.js';

export { MentorRegistration };
export default MentorRegistration;

MentorRegistration.define();

declare global {
  interface HTMLElementTagNameMap {
    'mentor-registration': MentorRegistration;
  }
}

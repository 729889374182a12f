import { defineOnce } from '../../utilities/define-once.js';
import { MentorContactDialog } from './contact-dialog.component.js';

export { MentorContactDialog };
export default MentorContactDialog;

defineOnce('mentor-contact-dialog', MentorContactDialog);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-contact-dialog': MentorContactDialog;
  }
}

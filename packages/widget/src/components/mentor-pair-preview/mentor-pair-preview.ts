import { MentorPairPreview } from './mentor-pair-preview.component.js';

export { MentorPairPreview };
export default MentorPairPreview;

MentorPairPreview.define('mentor-pair-preview');

declare global {
  interface HTMLElementTagNameMap {
    'mentor-pair-preview': MentorPairPreview;
  }
}

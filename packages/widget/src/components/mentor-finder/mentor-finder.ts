import './mentor-finder-prefetch.js';
import { MentorFinder } from './mentor-finder.component.js';

export { MentorFinder };
export default MentorFinder;

MentorFinder.define('mentor-finder');

declare global {
  interface HTMLElementTagNameMap {
    'mentor-finder': MentorFinder;
  }
}

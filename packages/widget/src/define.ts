// Side-effect entry for bundler users: `import '@mentor-finder/widget/define'` registers
// <mentor-finder>; it defines <mentor-contact-dialog> itself when contact is offered, so the dialog
// (like the match engine and languages other than English) stays out of the first download.
import './components/mentor-finder/mentor-finder.js';

export { MentorFinder } from './components/mentor-finder/mentor-finder.component.js';

// Side-effect entry for bundler users: `import '@mentor-finder/widget/define'` registers the tags.
import './components/mentor-finder/mentor-finder.js';
import './components/contact-dialog/contact-dialog.js';

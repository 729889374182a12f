// Side-effect entry for bundler users: `import '@mentor-finder/widget/pair-preview'` registers
// <mentor-pair-preview> with the app's own Lit and matcher.
import './components/mentor-pair-preview/mentor-pair-preview.js';

export { MentorPairPreview } from './components/mentor-pair-preview/mentor-pair-preview.component.js';
export type * from './components/mentor-pair-preview/mentor-pair-preview.events.js';

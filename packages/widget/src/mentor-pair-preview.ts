// CDN entry: one self-contained module that defines <mentor-pair-preview> on import.
// Its solver runs in mentor-pair-worker.js, expected beside this file (or at `worker-src`).
import './components/mentor-pair-preview/mentor-pair-preview.js';

export { MentorPairPreview } from './components/mentor-pair-preview/mentor-pair-preview.component.js';
export type * from './components/mentor-pair-preview/mentor-pair-preview.events.js';

// Imported first by the defining module, so it runs before Lit and the element are evaluated.
import { prefetchMentorData } from '../../controllers/mentor-data-prefetch.js';

prefetchMentorData('mentor-finder');

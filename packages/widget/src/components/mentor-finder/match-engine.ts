// The "find my mentor" part of the matcher: topic cue words, scoring, ranking and reason texts.
// The finder imports it on demand, so browsing and searching never wait for it.
export { extractTopics, formatReason, prepareMentors, rankMentors } from '@mentor-finder/matcher';
export { renderGoalsHelp } from './goals-help.template.js';

export { prepareMentors, type PreparedMentors, type PreparedSet } from './prepare-mentors.js';
export { DEFAULT_RANK_OPTIONS, rankMentors, type RankOptions, type RankedMentor } from './rank-mentors.js';

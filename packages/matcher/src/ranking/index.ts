export { prepareMentors, type PreparedMentors, type PreparedSet } from './prepare-mentors.js';
export { rankMentors, type RankOptions, type RankedMentor } from './rank-mentors.js';

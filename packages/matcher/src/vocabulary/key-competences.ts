/** Council Recommendation of 22 May 2018 on key competences. */
export const KEY_COMPETENCES = [
  'literacy',
  'multilingual',
  'mathematics-science-technology-engineering',
  'digital',
  'personal-social-learning',
  'citizenship',
  'entrepreneurship',
  'cultural-awareness-expression',
] as const;
/** One of KEY_COMPETENCES. */
export type KeyCompetence = (typeof KEY_COMPETENCES)[number];

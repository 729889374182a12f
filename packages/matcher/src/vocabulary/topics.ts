/** Topics eTwinning mentors and ambassadors help with (domain model 1.7). */
export const ETWINNING_TOPICS = [
  'registration',
  'partner-finding',
  'project-creation',
  'project-planning',
  'twinspace',
  'pupil-collaboration',
  'digital-tools',
  'esafety-gdpr',
  'assessment-evaluation',
  'dissemination',
  'national-quality-label',
  'european-quality-label',
  'etwinning-school-label',
  'professional-development',
  'annual-theme',
  'erasmus-plus',
  'inclusion',
  'early-childhood',
  'vet',
  'stem',
  'language-learning',
  'school-leadership',
] as const;

/** Topics of a career counsellors' association programme. */
export const CAREER_TOPICS = [
  'career-counselling-methods',
  'group-counselling',
  'career-information',
  'career-education-schools',
  'digital-counselling',
  'professional-certification',
  'supervision-wellbeing',
  'ethics-confidentiality',
  'hr-development',
  'labour-market',
  'adult-career-change',
  'new-in-role',
  'multicultural-counselling',
] as const;

/** One of ETWINNING_TOPICS. */
export type EtwinningTopic = (typeof ETWINNING_TOPICS)[number];
/** One of CAREER_TOPICS. */
export type CareerTopic = (typeof CAREER_TOPICS)[number];

/** The built-in topic lists by name. */
export const TOPIC_VOCABULARIES = {
  etwinning: ETWINNING_TOPICS,
  career: CAREER_TOPICS,
} as const;
/** Name of a built-in topic list. */
export type TopicVocabularyName = keyof typeof TOPIC_VOCABULARIES;

/** eTwinning-style subject ids (domain model 1.5). Open list: organisers may add their own. */
export const SUBJECTS = [
  'art', 'astronomy', 'biology', 'chemistry', 'citizenship', 'classical-languages', 'cross-curricular',
  'design-technology', 'drama', 'economics', 'environmental-education', 'ethics', 'european-studies',
  'foreign-languages', 'geography', 'geology', 'health-studies', 'history', 'history-of-culture',
  'home-economics', 'informatics-ict', 'language-literature', 'law', 'mathematics-geometry',
  'media-education', 'music', 'natural-sciences', 'philosophy-logic', 'physical-education', 'physics',
  'politics', 'pre-school-subjects', 'primary-school-subjects', 'psychology', 'religion',
  'social-studies-sociology', 'special-needs-education', 'technology', 'vocational-training', 'other',
] as const;
/** One of SUBJECTS. */
export type Subject = (typeof SUBJECTS)[number];

export interface TopicCounts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface TopicEvaluation extends TopicCounts {
  goals: number;
  languages: Record<string, TopicCounts>;
  errors: { id: string; text: string; missed: string[]; extra: string[] }[];
}

export function evaluateTopics(
  goals: { id: string; lang: string | null; text: string; topics: string[] }[],
  predict: (text: string, lang: string | null) => string[],
): TopicEvaluation;

// Micro precision and recall of topic extraction on a labelled goal set; shared by the eval script and its test.

/**
 * @param {{id: string, lang: string | null, text: string, topics: string[]}[]} goals
 * @param {(text: string, lang: string | null) => string[]} predict
 */
export function evaluateTopics(goals, predict) {
  const total = { tp: 0, fp: 0, fn: 0 };
  const byLang = new Map();
  const errors = [];
  for (const goal of goals) {
    const predicted = new Set(predict(goal.text, goal.lang));
    const expected = new Set(goal.topics);
    const lang = goal.lang ?? 'none';
    const counts = byLang.get(lang) ?? { tp: 0, fp: 0, fn: 0 };
    byLang.set(lang, counts);
    const missed = [...expected].filter((t) => !predicted.has(t));
    const extra = [...predicted].filter((t) => !expected.has(t));
    const tp = expected.size - missed.length;
    for (const c of [total, counts]) {
      c.tp += tp;
      c.fp += extra.length;
      c.fn += missed.length;
    }
    if (missed.length || extra.length) errors.push({ id: goal.id, text: goal.text, missed, extra });
  }
  const rates = (c) => ({
    ...c,
    precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp),
    recall: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn),
  });
  const languages = Object.fromEntries([...byLang].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, c]) => [k, rates(c)]));
  return { goals: goals.length, ...rates(total), languages, errors };
}

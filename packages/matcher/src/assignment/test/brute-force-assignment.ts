/** Test oracle: tries every assignment; best = most matched rows, then highest total. */
export interface OracleResult {
  matched: number;
  total: number;
}

export function bruteForceAssignment(scores: number[][], capacities: number[]): OracleResult {
  const left = capacities.slice();
  let best: OracleResult = { matched: -1, total: -Infinity };
  const visit = (i: number, matched: number, total: number): void => {
    if (i === scores.length) {
      if (matched > best.matched || (matched === best.matched && total > best.total)) best = { matched, total };
      return;
    }
    visit(i + 1, matched, total);
    const row = scores[i]!;
    for (let j = 0; j < left.length; j++) {
      const s = row[j]!;
      if (left[j]! <= 0 || Number.isNaN(s) || s === -Infinity) continue;
      left[j]!--;
      visit(i + 1, matched + 1, total + s);
      left[j]!++;
    }
  };
  visit(0, 0, 0);
  return best;
}

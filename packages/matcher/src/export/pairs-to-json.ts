import type { Pair } from '../model/index.js';
import { jsonText } from './json-text.js';
import type { PairsReport } from './pairs-report.js';

/** Pairs as Pair records (state `proposed`; a pinned pair's warnings join its reasons), with the rest of each run; numbers as `jsonText` writes them. */
export function pairsToJson(report: PairsReport): string {
  const pairs: Pair[] = report.runs.flatMap((run) =>
    run.suggestion.pairs.map((p) => ({
      mentorId: p.mentorId,
      menteeId: p.menteeId,
      score: p.score,
      reasons: [...(p.warnings ?? []), ...p.reasons],
      pinned: p.pinned,
      forbidden: false,
      state: 'proposed' as const,
    })),
  );
  const runs = report.runs.map((run) => ({
    programmeId: run.programme?.id ?? null,
    strategy: run.suggestion.strategy,
    unmatched: run.suggestion.unmatched,
    alternatives: run.suggestion.alternatives,
    stats: run.suggestion.stats,
    issues: run.suggestion.issues,
  }));
  return jsonText({ pairs, runs, inputIssues: report.inputIssues });
}

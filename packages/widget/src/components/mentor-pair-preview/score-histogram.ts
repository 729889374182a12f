/** One bar of the histogram: scores in [from, to), the last bar also holding `to`. */
export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

export interface ScoreHistogramOptions {
  bins?: number;
}

export const DEFAULT_HISTOGRAM_OPTIONS = Object.freeze({ bins: 10 });

/** Counts scores (0..1) in equal bins; values outside are clamped to the ends. */
export function scoreHistogram(scores: readonly number[], options: ScoreHistogramOptions = {}): HistogramBin[] {
  const bins = Math.max(1, Math.floor(options.bins ?? DEFAULT_HISTOGRAM_OPTIONS.bins));
  const counts = new Array<number>(bins).fill(0);
  for (const score of scores) {
    if (!Number.isFinite(score)) continue;
    const at = Math.min(bins - 1, Math.max(0, Math.floor(score * bins)));
    counts[at] = (counts[at] ?? 0) + 1;
  }
  return counts.map((count, i) => ({ from: i / bins, to: (i + 1) / bins, count }));
}

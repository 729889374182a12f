export declare function random(seed: number): () => number;
export declare function pick<T>(rand: () => number, list: readonly T[]): T;
export declare function someOf<T>(rand: () => number, list: readonly T[], min: number, max: number): T[];
export declare function median(values: readonly number[]): number;
export declare function ratioInterval(
  a: readonly number[],
  b: readonly number[],
  options?: { coverage?: number; resamples?: number; seed?: number },
): [number, number];
export declare function timeOnce<T>(fn: () => T): [number, T];
export declare function timeRuns<T>(runs: number, fn: () => T): { median: number; p95: number; max: number; result: T };
export declare const PLACES: readonly (readonly [string, string, string])[];

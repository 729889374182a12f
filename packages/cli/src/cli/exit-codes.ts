export const EXIT_CODES = Object.freeze({
  ok: 0,
  /** Some input rows or records were rejected (and --allow-invalid was not given), or a file failed. */
  rejected: 1,
  /** Wrong command line or mapping file. */
  usage: 2,
} as const);
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

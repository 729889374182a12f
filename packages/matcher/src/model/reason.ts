export const REASON_EFFECTS = ['positive', 'negative', 'blocking'] as const;
export type ReasonEffect = (typeof REASON_EFFECTS)[number];

export type ReasonParams = Record<string, string | number | boolean | string[]>;

/** A reason is data; `formatReason` turns it into words in the reader's language. */
export interface Reason {
  code: string;
  effect: ReasonEffect;
  params?: ReasonParams;
}

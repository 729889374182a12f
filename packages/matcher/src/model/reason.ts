/** How a reason moves a match: up, down, or out. */
export const REASON_EFFECTS = ['positive', 'negative', 'blocking'] as const;
/** One of REASON_EFFECTS. */
export type ReasonEffect = (typeof REASON_EFFECTS)[number];

/** The values a reason's message needs, as plain JSON. */
export type ReasonParams = Record<string, string | number | boolean | string[]>;

/** A reason is data; `formatReason` turns it into words in the reader's language. */
export interface Reason {
  code: string;
  effect: ReasonEffect;
  params?: ReasonParams;
}

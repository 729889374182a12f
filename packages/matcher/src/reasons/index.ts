export { BLOCKING_REASON_CODES, REASON_CODES, SOFT_REASON_CODES, type BlockingReasonCode, type ReasonCode, type SoftReasonCode } from './reason-codes.js';
export { COHORT_REASON_CODES, type CohortReasonCode } from './cohort-reason-codes.js';
export { formatReason } from './format-reason.js';
export type { MessageParams, MessageTools, PluralForms, ReasonMessage, ReasonTranslation } from './reason-messages.js';
export { formatFit } from './format-fit.js';

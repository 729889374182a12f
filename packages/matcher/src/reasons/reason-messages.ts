import type { Locale, VocabularyKind } from '../i18n/index.js';
import type { FitLabel } from '../scoring/fit-label.js';
import type { ReasonParams } from '../model/index.js';
import type { CohortReasonCode } from './cohort-reason-codes.js';
import type { ReasonCode } from './reason-codes.js';

/** Plural forms by Intl.PluralRules category; `other` is always there. `#` stands for the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Read access to a reason's params that never throws, whatever the params hold. */
export interface MessageParams {
  text(key: string): string;
  number(key: string): number;
  list(key: string): string[];
  has(key: string): boolean;
  /** The params whose keys start with `prefix`, without it (a summary's inner reason). */
  nested(prefix: string): ReasonParams;
}

/** Locale-aware helpers a message uses for numbers, plurals, dates and vocabulary labels. */
export interface MessageTools {
  locale: Locale;
  /** The number formatted, put in the plural form the locale needs. */
  count(n: number, forms: PluralForms): string;
  number(n: number): string;
  percent(n: number): string;
  date(isoDate: string): string;
  label(kind: VocabularyKind, id: string): string;
  /** Labels joined as the locale joins a list ("A, B and C"). */
  labels(kind: VocabularyKind, ids: readonly string[]): string;
  /** Another reason in words, in the same locale. */
  reason(code: string, params?: ReasonParams): string;
}

/** Turns one reason's params into a sentence, with the locale's plural and list tools. */
export type ReasonMessage = (params: MessageParams, tools: MessageTools) => string;

/** One locale's messages: every reason code, plus the words messages share. */
export interface ReasonTranslation {
  messages: Record<ReasonCode | CohortReasonCode, ReasonMessage>;
  /** For a code the catalogue does not know. */
  generic: (code: string) => string;
  /** Word for the `native` level. */
  native: string;
  /** Names of programme rules, for 'rule-unchecked'. */
  rules: Record<string, string>;
  /** Fit labels (`fitLabel`) as a heading beside a score. */
  fit: Record<FitLabel, string>;
  /** The two sides a rule may concern. */
  sides: { mentor: string; mentee: string };
}

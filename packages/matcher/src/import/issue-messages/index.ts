import { resolveLocale } from '../../i18n/resolve-locale.js';
import { EN_ISSUE_MESSAGES } from './en.js';
import { ET_ISSUE_MESSAGES } from './et.js';
import { FI_ISSUE_MESSAGES } from './fi.js';
import type { IssueMessages, IssueParams } from './issue-params.js';
import { LT_ISSUE_MESSAGES } from './lt.js';
import { LV_ISSUE_MESSAGES } from './lv.js';

export type { IssueMessages, IssueParams } from './issue-params.js';

/** The issue catalogues by language. */
export const ISSUE_MESSAGES: Readonly<Record<'en' | 'et' | 'fi' | 'lt' | 'lv', IssueMessages>> = Object.freeze({
  en: EN_ISSUE_MESSAGES,
  et: ET_ISSUE_MESSAGES,
  fi: FI_ISSUE_MESSAGES,
  lt: LT_ISSUE_MESSAGES,
  lv: LV_ISSUE_MESSAGES,
});

/**
 * A validation error's or an import issue's code and params in words of `locale` (English when it
 * has none), to follow the field or cell it is about: `must be at least 1`. Undefined for a code
 * the catalogue does not know, so a caller can say it its own way. A validation error's optional
 * `params` can be passed as they are.
 */
export function issueMessage(code: string, params: IssueParams | null | undefined, locale: string): string | undefined {
  const messages = ISSUE_MESSAGES[resolveLocale(locale) as keyof typeof ISSUE_MESSAGES] ?? EN_ISSUE_MESSAGES;
  return Object.hasOwn(messages, code) ? messages[code]!(params ?? {}) : undefined;
}

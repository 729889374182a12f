import type { Locale } from '../../i18n/index.js';
import type { ReasonTranslation } from '../reason-messages.js';
import { en } from './en.js';
import { et } from './et.js';
import { fi } from './fi.js';
import { lt } from './lt.js';
import { lv } from './lv.js';

export const REASON_TRANSLATIONS: Readonly<Record<Locale, ReasonTranslation>> = Object.freeze({ en, et, fi, lt, lv });

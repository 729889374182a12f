/** Locales with built-in labels and messages. */
export const SUPPORTED_LOCALES = ['en', 'et', 'fi', 'lt', 'lv'] as const;
/** One of SUPPORTED_LOCALES. */
export type Locale = (typeof SUPPORTED_LOCALES)[number];

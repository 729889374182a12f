/** Params of a validation error or an import issue, as a message reads them. */
export type IssueParams = Readonly<Record<string, unknown>>;

/** Words for one code; they follow the field or cell the problem is about. */
export type IssueMessages = Readonly<Record<string, (params: IssueParams) => string>>;

/** A param as text; lists are joined with the locale's "and". */
export function text(params: IssueParams, key: string, locale: string): string {
  const value = params[key];
  if (Array.isArray(value)) return new Intl.ListFormat(locale, { type: 'conjunction' }).format(value.map(String));
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** A param as a number (0 when missing). */
export function count(params: IssueParams, key: string): number {
  const value = params[key];
  if (Array.isArray(value)) return value.length;
  const n = Number(value);
  return Number.isFinite(n) ? n : 0;
}

const TAB: Readonly<Record<string, string>> = { en: 'tab', et: 'tabulaator', fi: 'sarkain', lt: 'tabuliavimo ženklas', lv: 'tabulēšanas rakstzīme' };

/** A CSV delimiter param as a reader sees it: the character in quotes, or the word for a tab. */
export function delimiter(params: IssueParams, key: string, lang: string): string {
  const value = params[key];
  if (value === '\t') return TAB[lang] ?? TAB['en']!;
  return typeof value === 'string' ? `“${value}”` : '';
}

/** ` (line 3, column 2)` in the reader's words for line and column, from those params; empty without them. */
export function textPlace(params: IssueParams, line: string, column: string): string {
  const at = params['line'];
  const from = params['column'];
  return typeof at === 'number' && typeof from === 'number' ? ` (${line} ${at}, ${column} ${from})` : '';
}

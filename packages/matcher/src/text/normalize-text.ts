// Letters that NFKD does not split into base letter + mark.
const EXTRA_FOLDS: Readonly<Record<string, string>> = Object.freeze({
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't',
});
const MARKS = /\p{M}+/gu;
const EXTRA = /[ßæœøłđðþıħŧ]/g;
// NFKD leaves ASCII as it is, so plain ASCII text (most queries and ids) only needs lower-casing.
const NOT_ASCII = /[^\x00-\x7f]/;

/**
 * Lower-cases and folds diacritics (`Kvaliteedimärk` -> `kvaliteedimark`, `ženklelį` -> `zenkleli`),
 * so texts typed without them still match. Non-Latin letters stay, minus their marks.
 */
export function normalizeText(text: string): string {
  if (typeof text !== 'string' || text.length === 0) return '';
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(EXTRA, (ch) => EXTRA_FOLDS[ch] ?? ch);
}

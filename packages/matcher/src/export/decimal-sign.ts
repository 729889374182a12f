const signs = new Map<string, string>();

/** The decimal sign numbers are written with in `locale` (`.` or `,`); `.` when the locale is not known. */
export function decimalSign(locale: string): string {
  let sign = signs.get(locale);
  if (sign === undefined) {
    try {
      sign = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
    } catch {
      sign = '.';
    }
    signs.set(locale, sign);
  }
  return sign;
}

/** Two decimals rounded as `toFixed` does (as the CSV and JSON exports), with the locale's decimal sign (`0.82`, `0,82`). */
export function twoDecimals(n: number, locale: string): string {
  return n.toFixed(2).replace('.', decimalSign(locale));
}

/**
 * The delimiter a spreadsheet opened in `locale` splits CSV columns on: `;` where numbers take a
 * decimal comma (et, fi, lt, lv, de, ...), as Excel's list separator follows the decimal sign, and
 * `,` elsewhere.
 */
export function spreadsheetDelimiter(locale: string): ',' | ';' {
  return decimalSign(locale) === ',' ? ';' : ',';
}

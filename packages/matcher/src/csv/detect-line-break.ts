import type { CsvDelimiter } from './detect-delimiter.js';

export type CsvLineBreak = '\r\n' | '\n' | '\r';

/**
 * The line break ending the first record, outside quoted cells: CRLF, LF or CR (LF when the text
 * has one record). It tells the rare file of lone CRs from the rest; a quoted cell may hold any.
 */
export function detectLineBreak(text: string, delimiter: CsvDelimiter): CsvLineBreak {
  let cellStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (cellStart && c === '"') {
      // A quoted cell may hold line breaks of any kind: skip it whole ("" inside it is one quote).
      let close = text.indexOf('"', i + 1);
      while (close >= 0 && text[close + 1] === '"') close = text.indexOf('"', close + 2);
      if (close < 0) return '\n';
      i = close;
      cellStart = false;
      continue;
    }
    if (c === '\r') return text[i + 1] === '\n' ? '\r\n' : '\r';
    if (c === '\n') return '\n';
    cellStart = c === delimiter;
  }
  return '\n';
}

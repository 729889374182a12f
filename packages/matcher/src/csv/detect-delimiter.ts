export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

// Enough records to see which delimiter the rows agree on, few enough to stay instant on any file.
const SAMPLE_RECORDS = 20;

const isDelimiter = (ch: string): boolean => (CSV_DELIMITERS as readonly string[]).includes(ch);

/**
 * Delimiter counts, outside quoted cells, of the first records that hold anything (blank lines are
 * not records here). A quote opens a cell only at its start, as the reader takes it: `12" screen`
 * is text.
 */
function countsPerRecord(text: string, limit: number): Map<string, number>[] {
  const records: Map<string, number>[] = [];
  let counts = new Map<string, number>();
  let empty = true;
  let quoted = false;
  let cellStart = true;
  for (let i = 0; i < text.length && records.length < limit; i++) {
    const ch = text[i]!;
    if (quoted) {
      // "" inside a quoted cell is one quote; a lone one closes the cell.
      if (ch === '"' && text[i + 1] === '"') i++;
      else if (ch === '"') quoted = false;
      continue;
    }
    if (ch === '\n' || ch === '\r') {
      if (!empty) records.push(counts);
      counts = new Map();
      empty = true;
      cellStart = true;
      continue;
    }
    empty = false;
    if (ch === '"' && cellStart) {
      quoted = true;
      cellStart = false;
      continue;
    }
    // Any delimiter may start a cell: which one splits is what is being found out.
    cellStart = isDelimiter(ch);
    if (cellStart) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  if (!empty && records.length < limit) records.push(counts);
  return records;
}

/** Delimiter counts of the first record, outside quoted cells. */
export function headerDelimiterCounts(text: string): Map<string, number> {
  return countsPerRecord(text, 1)[0] ?? new Map();
}

/**
 * The delimiter that splits the rows into as many cells as the header, outside quotes: a header
 * alone can mislead (a question such as "Languages (e.g., lv:native, en:B2)" holds commas in a
 * semicolon file). Among delimiters the header holds, the one most of the first rows agree with
 * wins, then the one the header holds most often, then comma.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const [header, ...rows] = countsPerRecord(text, SAMPLE_RECORDS);
  let best: CsvDelimiter = ',';
  let bestAgree = -1;
  let bestCount = 0;
  for (const d of CSV_DELIMITERS) {
    const count = header?.get(d) ?? 0;
    if (count === 0) continue;
    const agree = rows.filter((row) => (row.get(d) ?? 0) === count).length;
    if (agree > bestAgree || (agree === bestAgree && count > bestCount)) {
      best = d;
      bestAgree = agree;
      bestCount = count;
    }
  }
  return best;
}

export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

// Enough records to see which delimiter the rows agree on, few enough to stay instant on any file.
const SAMPLE_RECORDS = 20;

/** Delimiter counts, outside quotes, of the first records that hold anything (blank lines are not records here). */
function countsPerRecord(text: string, limit: number): Map<string, number>[] {
  const records: Map<string, number>[] = [];
  let counts = new Map<string, number>();
  let empty = true;
  let quoted = false;
  for (let i = 0; i < text.length && records.length < limit; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === '\n' || ch === '\r')) {
      if (!empty) records.push(counts);
      counts = new Map();
      empty = true;
      continue;
    }
    empty = false;
    if (!quoted && (CSV_DELIMITERS as readonly string[]).includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  if (!empty && records.length < limit) records.push(counts);
  return records;
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

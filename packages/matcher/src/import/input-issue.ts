/** One problem in an input file, located as a coordinator would look for it. */
export interface InputIssue {
  file: string;
  /** Spreadsheet row (header = 1), for CSV input. */
  row?: number;
  /** Position in the list (0-based), for JSON input. */
  index?: number;
  recordId?: string;
  column?: string;
  /** Dotted field path inside the record. */
  field?: string;
  code: string;
  /** The code's parameters (a limit, the allowed values), for wording it in another language. */
  params?: Readonly<Record<string, unknown>>;
  message: string;
}

/** `mentors.csv row 5, column "Languages" (languages.1.level): enum: must be one of …`. */
export function formatInputIssue(issue: InputIssue): string {
  const where = [
    issue.row !== undefined ? `row ${issue.row}` : issue.index !== undefined ? `record ${issue.index + 1}` : '',
    issue.recordId ? `id ${issue.recordId}` : '',
    issue.column ? `column "${issue.column}"` : '',
  ].filter(Boolean);
  const field = issue.field ? ` (${issue.field})` : '';
  return `${issue.file}${where.length > 0 ? ` ${where.join(', ')}` : ''}${field}: ${issue.code}: ${issue.message}`;
}

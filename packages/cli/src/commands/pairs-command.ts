import {
  COHORT_STRATEGIES,
  DUPLICATE_KEEP,
  SUPPORTED_LOCALES,
  formatInputIssue,
  formatReason,
  pairsToCsv,
  pairsToJson,
  pairsToMarkdown,
  parseColumnMapping,
  spreadsheetDelimiter,
  suggestPairs,
  type AnyMentor,
  type CohortStats,
  type CohortStrategy,
  type ColumnMapping,
  type CsvDelimiter,
  type DuplicateKeep,
  type InputIssue,
  type Mentee,
  type PairRef,
  type PairsReport,
  type Programme,
  type ProgrammeRun,
} from '@mentor-finder/matcher';
import type { CliIo } from '../cli/cli-io.js';
import type { Command, OptionValues } from '../cli/command.js';
import { EXIT_CODES } from '../cli/exit-codes.js';
import { loadPairRefs } from '../input/load-pair-refs.js';
import { loadPeople } from '../input/load-people.js';
import { loadProgrammes } from '../input/load-programmes.js';
import { parseJson, readText, resolvePath } from '../input/read-input.js';
import { MAPPING_HELP } from './mapping-help.js';

export const OUTPUT_FORMATS = ['csv', 'json', 'md'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const DELIMITERS: Readonly<Record<string, CsvDelimiter>> = Object.freeze({ ',': ',', ';': ';', tab: '\t' });

class UsageError extends Error {}
/** An input file named on the command line could not be read: nothing is paired, whatever --allow-invalid says. */
class InputFileError extends Error {}

function formatOf(values: OptionValues): OutputFormat {
  if (typeof values['format'] === 'string') return values['format'] as OutputFormat;
  const out = typeof values['out'] === 'string' ? values['out'] : '';
  if (out === '' || out === '-') return 'md';
  const ext = /\.(csv|json|md)$/i.exec(out)?.[1]?.toLowerCase();
  // A spreadsheet would not open a report written under pairs.xlsx; say so instead of writing it.
  if (!ext) throw new UsageError(`--out ${out}: the name must end in .csv, .json or .md, or --format must say which.`);
  return ext as OutputFormat;
}

async function loadMapping(io: CliIo, file: string | undefined): Promise<ColumnMapping | undefined> {
  if (file === undefined) return undefined;
  const read = await readText(io, file);
  if (!read.ok) throw new UsageError(`${file}: ${read.message}`);
  const json = parseJson(read.text);
  if (!json.ok) throw new UsageError(`${file}: ${json.message}`);
  const parsed = parseColumnMapping(json.value);
  if (!parsed.ok) throw new UsageError(parsed.errors.map((e) => `${file}: ${e}`).join('\n'));
  return parsed.mapping;
}

const str = (v: OptionValues[string]) => (typeof v === 'string' ? v : undefined);

/**
 * A mentors or mentees file refused whole: not UTF-8, no header, read with a delimiter it does not
 * use, not JSON or not a list. Pairing without it would look like a result (every mentee unmatched,
 * or no mentee at all).
 */
function refusesPeople(issue: InputIssue): boolean {
  if (issue.code === 'csv-not-utf8' || issue.code === 'csv-no-header' || issue.code === 'csv-delimiter-mismatch') return true;
  return (issue.code === 'json' || issue.code === 'type') && issue.row === undefined && issue.index === undefined && issue.field === undefined;
}

/** A file named on the command line that cannot be read stops the run with an error naming its option; so does a people file refused whole. */
function requireReadable(option: string, file: string, issues: readonly InputIssue[]): void {
  const people = option === 'mentors' || option === 'mentees';
  const refused = issues.find((issue) => issue.code === 'unreadable' || (people && refusesPeople(issue)));
  if (refused) throw new InputFileError(`--${option} ${file}: ${refused.message.replace(/\.$/, '')}.`);
}

/** Splits pins and the like by the programme of their mentee (or mentor); unknown ones go to the first run to be reported. */
function refsFor(refs: readonly PairRef[], programmeId: string | undefined, first: boolean, owner: (ref: PairRef) => string | undefined): PairRef[] {
  return refs.filter((ref) => {
    const p = owner(ref);
    return p === programmeId || (p === undefined && first);
  });
}

/** Cohort notes about a pin, exclusion or running pair that could not be used: the row is dropped. */
const DROPPED_REF = new Set(['not-in-cohort', 'duplicate-pin', 'pin-already-paired', 'invalid-pair-ref']);
const LIST_OF_OPTION = { pins: 'pins', exclusions: 'exclusions', existing: 'existingPairs' } as const;
const refKey = (list: string, menteeId: unknown, mentorId: unknown) => `${list}|${String(menteeId)}|${String(mentorId)}`;

async function execute(values: OptionValues, io: CliIo): Promise<number> {
  const format = formatOf(values);
  const delimiter = DELIMITERS[str(values['delimiter']) ?? ''];
  const shared = await loadMapping(io, str(values['map']));
  const mentorMapping = (await loadMapping(io, str(values['mentor-map']))) ?? shared;
  const menteeMapping = (await loadMapping(io, str(values['mentee-map']))) ?? shared;
  const alternatives = Number(str(values['alternatives']) ?? '3');
  if (!Number.isInteger(alternatives) || alternatives < 0) throw new UsageError(`--alternatives must be a whole number ≥ 0; got "${String(values['alternatives'])}".`);

  const issues: InputIssue[] = [];
  const notes: string[] = [];
  let rejected = 0;
  let programmes: Programme[] = [];
  const programmeFile = str(values['programme']);
  if (programmeFile) {
    const loaded = await loadProgrammes(io, programmeFile);
    requireReadable('programme', programmeFile, loaded.issues);
    // Pairing on without the rules asked for would look like a result; --allow-invalid does not change that.
    if (loaded.programmes.length === 0) {
      const detail = loaded.issues.map((issue) => `\n${formatInputIssue(issue)}`).join('');
      throw new InputFileError(`--programme ${programmeFile}: no programme in it can be used, so its rules could not be applied; nothing was paired.${detail}`);
    }
    programmes = loaded.programmes;
    issues.push(...loaded.issues);
    rejected += loaded.rejected;
  }
  const programmeId = programmes.length === 1 ? programmes[0]?.id : undefined;
  const common = { ...(delimiter ? { delimiter } : {}), ...(programmeId ? { programmeId } : {}) };
  const mentors = await loadPeople(io, 'mentors', String(values['mentors']), { ...common, ...(mentorMapping ? { mapping: mentorMapping } : {}) });
  const mentees = await loadPeople(io, 'mentees', String(values['mentees']), { ...common, ...(menteeMapping ? { mapping: menteeMapping } : {}) });
  requireReadable('mentors', String(values['mentors']), mentors.issues);
  requireReadable('mentees', String(values['mentees']), mentees.issues);
  for (const loaded of [mentors, mentees]) {
    issues.push(...loaded.issues);
    notes.push(...loaded.notes);
    rejected += loaded.rejected;
  }
  const lists: Record<'pins' | 'exclusions' | 'existing', PairRef[]> = { pins: [], exclusions: [], existing: [] };
  /** Where each pin, exclusion and running pair stands, in file order; a row repeated has one place per copy. */
  const refPlaces = new Map<string, string[]>();
  const listFiles = new Map<string, string>();
  for (const name of ['pins', 'exclusions', 'existing'] as const) {
    const file = str(values[name]);
    if (!file) continue;
    const loaded = await loadPairRefs(io, file, delimiter, name);
    requireReadable(name, file, loaded.issues);
    lists[name] = loaded.refs;
    listFiles.set(LIST_OF_OPTION[name], file);
    loaded.refs.forEach((ref, i) => {
      const key = refKey(LIST_OF_OPTION[name], ref.menteeId, ref.mentorId);
      refPlaces.set(key, [...(refPlaces.get(key) ?? []), `${file} ${loaded.places[i]}`]);
    });
    issues.push(...loaded.issues);
    rejected += loaded.rejected;
  }

  const menteeProgramme = new Map(mentees.people.map((m) => [m.id, m.programmeId]));
  const mentorProgramme = new Map(mentors.people.map((m) => [m.id, m.programmeId]));
  const owner = (ref: PairRef) => menteeProgramme.get(ref.menteeId) ?? mentorProgramme.get(ref.mentorId);
  const strategy = (str(values['strategy']) ?? 'optimal') as CohortStrategy;
  const keep = (str(values['keep-duplicate']) ?? 'first') as DuplicateKeep;
  const targets: (Programme | undefined)[] = programmes.length > 0 ? programmes : [undefined];
  const runs: ProgrammeRun[] = targets.map((programme, k) => {
    const inside = <T extends { programmeId: string }>(list: T[]) => (programme ? list.filter((x) => x.programmeId === programme.id) : list);
    const pick = (refs: PairRef[]) => refsFor(refs, programme?.id, k === 0, programme ? owner : () => undefined);
    const suggestion = suggestPairs(
      {
        mentors: inside(mentors.people),
        mentees: inside(mentees.people),
        pins: pick(lists.pins),
        exclusions: pick(lists.exclusions),
        existingPairs: pick(lists.existing),
        ...(programme ? { programme } : {}),
      },
      { strategy, alternatives, duplicates: { keep } },
    );
    return programme ? { programme, suggestion } : { suggestion };
  });
  if (programmes.length === 0) {
    // Pairs stay inside each programme, but its eligibility rules and dates are in the file not given.
    const named = [...new Set([...mentors.people, ...mentees.people].map((p) => p.programmeId))].sort();
    if (named.length > 0) notes.push(`no --programme file: the rules and relationship window of ${named.join(', ')} are not applied; pass --programme <file> to apply them`);
  }
  if (programmes.length > 0) {
    const known = new Set(programmes.map((p) => p.id));
    const left = [...mentors.people, ...mentees.people].filter((p) => !known.has(p.programmeId)).map((p) => p.id);
    if (left.length > 0) notes.push(`left out, their programme is not in ${programmeFile}: ${left.join(', ')}`);
  }

  const report: PairsReport = {
    runs,
    mentors: new Map<string, AnyMentor>(mentors.people.map((m) => [m.id, m])),
    mentees: new Map<string, Mentee>(mentees.people.map((m) => [m.id, m])),
    inputIssues: issues,
    locale: str(values['lang']) ?? 'en',
  };
  // The spreadsheet that wrote the input reads the output back the same way; else the language's convention.
  const outDelimiter = DELIMITERS[str(values['out-delimiter']) ?? ''] ?? delimiter ?? mentees.delimiter ?? mentors.delimiter ?? spreadsheetDelimiter(report.locale);
  const text = format === 'csv' ? pairsToCsv(report, outDelimiter) : format === 'json' ? pairsToJson(report) : pairsToMarkdown(report);
  const out = str(values['out']);
  if (out && out !== '-') await io.writeFile(resolvePath(io, out), text);
  else io.stdout(text);

  for (const issue of issues) io.stderr(`${formatInputIssue(issue)}\n`);
  for (const issue of runs.flatMap((run) => run.suggestion.issues).filter((i) => DROPPED_REF.has(i.code))) {
    const p = issue.params ?? {};
    const list = String(p['list']);
    const places = refPlaces.get(refKey(list, p['menteeId'], p['mentorId']));
    // A row repeated in the file is reported once per copy, in file order.
    const place = places && places.length > 1 ? places.shift() : places?.[0];
    io.stderr(`${place ?? listFiles.get(list) ?? list}: ${formatReason(issue, 'en')}\n`);
    rejected++;
  }
  // The Markdown report lists the runs' other issues (people registered twice, unknown topics, ...); CSV has no place for them.
  if (format === 'csv') {
    for (const run of runs) {
      for (const issue of run.suggestion.issues.filter((i) => !DROPPED_REF.has(i.code))) notes.push(`${run.programme?.id ?? 'all'}: ${formatReason(issue, 'en')}`);
    }
  }
  for (const note of notes) io.stderr(`note: ${note}\n`);
  for (const run of runs) {
    const { stats } = run.suggestion;
    io.stderr(`${run.programme?.id ?? 'all'}: ${runSummary(stats, run.programme !== undefined)}\n`);
  }
  if (out && out !== '-') io.stderr(`wrote ${out}\n`);
  if (rejected > 0) {
    io.stderr(`${rejected} input row(s) or record(s) rejected${values['allow-invalid'] === true ? ' (allowed by --allow-invalid)' : '; fix them or pass --allow-invalid'}.\n`);
    if (values['allow-invalid'] !== true) return EXIT_CODES.rejected;
  }
  return EXIT_CODES.ok;
}

function runSummary(stats: CohortStats, inProgramme: boolean): string {
  if (stats.total + stats.alreadyPaired === 0) return inProgramme ? 'no mentee in the files belongs to this programme.' : 'the files have no mentee.';
  return `${stats.matched} of ${stats.total} mentees paired (${stats.pinned} pinned), ${stats.unmatched} unmatched.`;
}

export const pairsCommand: Command = {
  name: 'pairs',
  summary: 'Suggest mentor–mentee pairs for a cohort and write them as CSV, JSON or a Markdown report.',
  usage:
    'pairs --mentors <file> --mentees <file> [options]',
  options: [
    { name: 'mentors', type: 'string', valueName: 'file', required: true, description: 'Mentors as CSV or JSON (an array of Mentor records).' },
    { name: 'mentees', type: 'string', valueName: 'file', required: true, description: 'Mentees as CSV or JSON (an array of Mentee records).' },
    {
      name: 'programme',
      type: 'string',
      valueName: 'file',
      description: 'Programme JSON (one object or an array). Its rules and relationship window apply; each programme is paired on its own; records without programmeId get it when there is one programme.',
    },
    { name: 'pins', type: 'string', valueName: 'file', description: 'Pairs to keep: CSV with menteeId,mentorId columns, a JSON array of {menteeId, mentorId}, or the pins and exclusions file of <mentor-pair-preview>.' },
    { name: 'exclusions', type: 'string', valueName: 'file', description: 'Pairs never to suggest (same format as --pins).' },
    { name: 'existing', type: 'string', valueName: 'file', description: 'Pairs already running: they use capacity and their mentees are not paired again (same format).' },
    { name: 'map', type: 'string', valueName: 'file', description: 'Column mapping JSON for both CSV files (see "Column mapping" below).' },
    { name: 'mentor-map', type: 'string', valueName: 'file', description: 'Column mapping for the mentors CSV only (used instead of --map for it).' },
    { name: 'mentee-map', type: 'string', valueName: 'file', description: 'Column mapping for the mentees CSV only (used instead of --map for it).' },
    { name: 'delimiter', type: 'string', valueName: ',|;|tab', choices: [',', ';', 'tab'], description: 'Delimiter of the input CSV files (detected from the header line when absent).' },
    { name: 'strategy', type: 'string', valueName: 'name', choices: COHORT_STRATEGIES, default: 'optimal', description: 'optimal: most pairs, then the highest total score; greedy: best pair first, for comparison.' },
    { name: 'keep-duplicate', type: 'string', valueName: 'which', choices: DUPLICATE_KEEP, default: 'first', description: 'Of a mentee\'s registrations with one e-mail address, the one paired: first or last submitted (private.submittedAt), best (the highest score), or all.' },
    { name: 'alternatives', type: 'string', valueName: 'n', default: '3', description: 'Alternative mentors listed per mentee.' },
    { name: 'allow-invalid', type: 'boolean', description: 'Exit with 0 even when input rows were rejected (they are still reported).' },
    { name: 'out', type: 'string', valueName: 'file', description: 'Output file; .csv, .json or .md picks the format (another name needs --format). Without it the report goes to standard output.' },
    { name: 'format', type: 'string', valueName: 'name', choices: OUTPUT_FORMATS, description: 'Output format when the file name does not tell (default md).' },
    { name: 'out-delimiter', type: 'string', valueName: ',|;|tab', choices: [',', ';', 'tab'], description: 'Delimiter of the output CSV (default: --delimiter, else the one the input CSV files use, else the --lang convention: ";" for et, fi, lt, lv). With ";" scores get a decimal comma.' },
    { name: 'lang', type: 'string', valueName: 'locale', choices: SUPPORTED_LOCALES, default: 'en', description: 'Language of the Markdown report and of the reasons in CSV output (en, et, fi, lt, lv).' },
  ],
  details: [
    'Output: CSV is UTF-8 with a byte-order mark and CRLF line ends, one row per pair then one per unmatched mentee (columns: programme, status, menteeId, mentee, mentorId, mentor, score, reasons, warnings, alternatives); cells starting with = + - @ get a leading apostrophe so spreadsheets do not run them. JSON has "pairs" (Pair records, state "proposed"), "runs" (unmatched mentees with reasons, alternatives, figures per programme) and "inputIssues". Markdown is a report with figures, pairs with reasons, unmatched mentees with theirs, and mentor load.',
    'Input problems are reported on standard error by file, row (the header is row 1) or record, column and field; valid rows are still paired.',
    'Exit codes: 0 done; 1 some input was rejected (unless --allow-invalid), an input file could not be read or the output could not be written; 2 wrong command line or mapping file.',
    MAPPING_HELP,
  ],
  async execute(values, io) {
    try {
      return await execute(values, io);
    } catch (error) {
      if (error instanceof UsageError) {
        io.stderr(`${error.message}\n`);
        return EXIT_CODES.usage;
      }
      if (error instanceof InputFileError) {
        io.stderr(`${error.message}\n`);
        return EXIT_CODES.rejected;
      }
      throw error;
    }
  },
};

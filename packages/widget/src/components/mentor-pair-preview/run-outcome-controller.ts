import type { ReactiveControllerHost } from 'lit';
import type { Suggestion } from '@mentor-finder/matcher';
import type { PairPreviewTranslation } from '../../pair-preview-translations/pair-preview-translation.js';
import { formatPercentChange } from '../../utilities/format-percent.js';
import { reasonDescriber, type DescribeReasons, type NameOf } from './describe-reason.js';
import type { Exchange } from './find-exchange.js';
import { personName, runOutcome, runSummary, type RunCohort, type RunOutcome } from './run-outcome.js';

/** The last run's outcome, the names of the people in it and the words for its reasons, and what the status line says about runs. */
export class RunOutcomeController {
  outcome: RunOutcome | undefined;
  /** The status line: the last run's summary, or that a run was cancelled. */
  notice = '';
  /** Said together with the next run's summary. */
  private pending = '';
  readonly nameOf: NameOf = (kind, id) => personName(this.outcome, kind, id);
  readonly menteeName = (id: string): string => personName(this.outcome, 'mentee', id);
  readonly mentorName = (id: string): string => personName(this.outcome, 'mentor', id);

  constructor(private readonly host: ReactiveControllerHost, private readonly localize: { readonly strings: PairPreviewTranslation; readonly locale: string }) {}

  /** Reasons in the coordinator's words, people by their names in the run. */
  get describe(): DescribeReasons {
    return reasonDescriber(this.localize.locale, this.nameOf);
  }

  /** Keeps a finished run and announces what it changed. */
  accept(suggestion: Suggestion, cohort: RunCohort): RunOutcome {
    const outcome = runOutcome(suggestion, cohort, this.outcome);
    this.outcome = outcome;
    this.notice = [this.pending, runSummary(this.localize.strings, suggestion, outcome.changes)].filter(Boolean).join(' ');
    this.pending = '';
    this.host.requestUpdate();
    return outcome;
  }

  /** Said with the summary of the next run, which arrives later. */
  sayWithNextRun(text: string): void {
    this.pending = text;
  }

  /** Says with the next run who took whose mentor, and how each score changed. */
  sayExchangeWithNextRun(menteeId: string, mentorId: string, exchange: Exchange): void {
    const { other } = exchange;
    const change = (delta: number) => formatPercentChange(delta, this.localize.locale);
    const words = [this.menteeName(menteeId), this.mentorName(mentorId), change(exchange.change), this.menteeName(other.menteeId), this.mentorName(other.mentorId)] as const;
    this.sayWithNextRun(this.localize.strings.exchanged(...words, change(exchange.otherChange)));
  }

  say(text: string): void {
    this.notice = text;
    this.host.requestUpdate();
  }
}

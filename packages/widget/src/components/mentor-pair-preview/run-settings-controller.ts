import type { ReactiveControllerHost } from 'lit';
import { DEFAULT_WEIGHTS, type Programme, type ScoreComponent, type ScoreWeights } from '@mentor-finder/matcher';
import { datesReversed, type RunSettings } from './run-request.js';

export interface RunSettingsOptions {
  programmes: () => readonly Programme[];
  /** The host's `programme-id`; '' for the first programme loaded. */
  programmeId: () => string;
}

/** The coordinator's settings for the next run: the programme whose rules apply, the relationship's dates and the score weights. */
export class RunSettingsController {
  weights: Readonly<ScoreWeights> = DEFAULT_WEIGHTS;
  /** Relationship dates typed by the coordinator; '' where none was typed. */
  start = '';
  end = '';
  /** The programme picked in the settings ('' for none); it takes over from `programmeId`. */
  private picked: string | undefined;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: RunSettingsOptions) {}

  get programme(): Programme | undefined {
    const list = this.options.programmes();
    const id = this.picked ?? (this.options.programmeId() || list[0]?.id || '');
    return list.find((p) => p.id === id);
  }

  /** The relationship would end before it starts. */
  get reversed(): boolean {
    return datesReversed({ programme: this.programme, start: this.start, end: this.end });
  }

  pickProgramme(id: string): void {
    this.picked = id;
    this.host.requestUpdate();
  }

  setStart(value: string): void {
    this.start = value;
    this.host.requestUpdate();
  }

  setEnd(value: string): void {
    this.end = value;
    this.host.requestUpdate();
  }

  /** A weight that is not a number is ignored. */
  setWeight(component: ScoreComponent, value: number): void {
    if (!Number.isFinite(value)) return;
    this.weights = { ...this.weights, [component]: value };
    this.host.requestUpdate();
  }

  resetWeights(): void {
    this.weights = DEFAULT_WEIGHTS;
    this.host.requestUpdate();
  }

  /** What a run on this cohort and these constraints is given. */
  runSettings(cohort: Pick<RunSettings, 'mentors' | 'mentees' | 'constraints'>): RunSettings {
    return { ...cohort, programme: this.programme, weights: this.weights, start: this.start, end: this.end };
  }
}

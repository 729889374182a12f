import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NO_CONSTRAINTS, parseConstraints, type PairConstraints } from './pair-constraints.js';
import type { RowIssue } from './row-issue.js';

export interface PairConstraintsOptions {
  /** Called after every change, undo and import that changed the constraints (the host runs again). */
  onChange: () => void;
}

/** The pins, exclusions and kept records in force, each earlier state for undo, and the last import's problems. */
export class PairConstraintsController implements ReactiveController {
  current: PairConstraints = NO_CONSTRAINTS;
  history: readonly PairConstraints[] = [];
  /** Problems of the last imported file. */
  issues: readonly RowIssue[] = [];
  private readonly host: ReactiveControllerHost;
  private readonly options: PairConstraintsOptions;

  constructor(host: ReactiveControllerHost, options: PairConstraintsOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  change(next: PairConstraints): void {
    this.history = [...this.history, this.current];
    // The records chosen for people who registered twice stay through pins and exclusions.
    this.current = next.keep || !this.current.keep ? next : { ...next, keep: this.current.keep };
    this.changed();
  }

  /** Goes back to the state before the last change; false when there is none. */
  undo(): boolean {
    const previous = this.history.at(-1);
    if (!previous) return false;
    this.history = this.history.slice(0, -1);
    this.current = previous;
    this.changed();
    return true;
  }

  /** Reads a pins and exclusions file; what it holds takes over unless the file held nothing usable. */
  import(text: string): { constraints: PairConstraints; issues: RowIssue[]; applied: boolean } {
    const { constraints, issues } = parseConstraints(text);
    this.issues = issues;
    const applied = issues.length === 0 || constraints.pins.length + constraints.exclusions.length > 0;
    if (applied) this.change(constraints);
    else this.host.requestUpdate();
    return { constraints, issues, applied };
  }

  private changed(): void {
    this.host.requestUpdate();
    this.options.onChange();
  }
}

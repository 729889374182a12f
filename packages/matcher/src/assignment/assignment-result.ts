import type { ValidationError } from '../model/index.js';

export const ASSIGNMENT_STATUS = Object.freeze({ optimal: 'optimal', invalidInput: 'invalid-input' } as const);
export type AssignmentStatus = (typeof ASSIGNMENT_STATUS)[keyof typeof ASSIGNMENT_STATUS];

/** Shape of a flat score matrix; both are inferred when absent (cols = capacities.length). */
export interface SolveAssignmentOptions {
  rows?: number;
  cols?: number;
}

export interface AssignmentResult {
  /** Column (mentor) per row (mentee), or -1 when the row stays unmatched. */
  assignment: Int32Array;
  matched: number;
  /** Sum of the scores of the assigned pairs. */
  total: number;
  status: AssignmentStatus;
  /** Present when status is 'invalid-input'. */
  errors?: ValidationError[];
}

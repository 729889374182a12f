export * from './assignment-result.js';
export { solveAssignment, DEFAULT_SOLVE_ASSIGNMENT_OPTIONS, type SolveAssignmentTuning } from './solve-assignment.js';
export { toSparseScores, type SparseScores } from './to-sparse-scores.js';

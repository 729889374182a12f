import type { Command } from '../cli/command.js';
import { pairsCommand } from './pairs-command.js';

export const COMMANDS: readonly Command[] = Object.freeze([pairsCommand]);
export { pairsCommand, OUTPUT_FORMATS, type OutputFormat } from './pairs-command.js';

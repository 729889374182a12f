import type { CliIo } from './cli/cli-io.js';
import { runCommands } from './cli/run.js';
import { COMMANDS } from './commands/index.js';

/** `mentor-match <command> [options]`: returns the exit code. */
export function run(argv: readonly string[], io: CliIo): Promise<number> {
  return runCommands(argv, io, { commands: COMMANDS });
}

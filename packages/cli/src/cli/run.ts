import type { CliIo } from './cli-io.js';
import type { Command } from './command.js';
import { EXIT_CODES } from './exit-codes.js';
import { formatCommandHelp, formatMainHelp } from './format-help.js';
import { parseOptions } from './parse-options.js';
import { CLI_VERSION } from '../version.js';

export const BIN_NAME = 'mentor-match';

export interface RunOptions {
  commands: readonly Command[];
}

/** Runs one command line and returns the exit code; never throws and never exits the process. */
export async function runCommands(argv: readonly string[], io: CliIo, options: RunOptions): Promise<number> {
  const [name, ...rest] = argv;
  const { commands } = options;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const out = name === undefined ? io.stderr : io.stdout;
    out(formatMainHelp(BIN_NAME, commands));
    return name === undefined ? EXIT_CODES.usage : EXIT_CODES.ok;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${BIN_NAME} ${CLI_VERSION}\n`);
    return EXIT_CODES.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`Unknown command "${name}".\n\n${formatMainHelp(BIN_NAME, commands)}`);
    return EXIT_CODES.usage;
  }
  const parsed = parseOptions(rest, command.options);
  if (!parsed.ok) {
    io.stderr(`${parsed.message}\nRun "${BIN_NAME} ${command.name} --help" for usage.\n`);
    return EXIT_CODES.usage;
  }
  if (parsed.help) {
    io.stdout(formatCommandHelp(BIN_NAME, command));
    return EXIT_CODES.ok;
  }
  try {
    return await command.execute(parsed.values, io);
  } catch (error) {
    io.stderr(`${BIN_NAME} ${command.name}: ${(error as Error).message ?? String(error)}\n`);
    return EXIT_CODES.rejected;
  }
}

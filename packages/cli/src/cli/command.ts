import type { CliIo } from './cli-io.js';

export const OPTION_TYPES = ['string', 'boolean'] as const;
export type OptionType = (typeof OPTION_TYPES)[number];

export interface OptionSpec {
  name: string;
  type: OptionType;
  short?: string;
  /** Shown in help as `--name <valueName>`. */
  valueName?: string;
  description: string;
  choices?: readonly string[];
  required?: boolean;
  default?: string | boolean;
}

export type OptionValues = Record<string, string | boolean | undefined>;

/** A command is data: its name, help and options, and a function of parsed values and io. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Extra help paragraphs (formats, examples). */
  details?: readonly string[];
  options: readonly OptionSpec[];
  execute(values: OptionValues, io: CliIo): Promise<number>;
}

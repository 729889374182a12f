import { parseArgs } from 'node:util';
import type { OptionSpec, OptionValues } from './command.js';

export type ParsedOptions = { ok: true; values: OptionValues; help: boolean } | { ok: false; message: string };

/** Parses a command's arguments against its option specs: unknown options, missing values and bad choices are errors. */
export function parseOptions(args: readonly string[], specs: readonly OptionSpec[]): ParsedOptions {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const spec of specs) options[spec.name] = spec.short ? { type: spec.type, short: spec.short } : { type: spec.type };
  let values: OptionValues;
  try {
    const parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: false });
    values = parsed.values as OptionValues;
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  if (values['help'] === true) return { ok: true, values, help: true };
  for (const spec of specs) {
    const value = values[spec.name];
    if (value === undefined && spec.default !== undefined) values[spec.name] = spec.default;
    else if (value === undefined && spec.required) return { ok: false, message: `Option --${spec.name} is required.` };
    else if (typeof value === 'string' && spec.choices && !spec.choices.includes(value)) {
      return { ok: false, message: `Option --${spec.name} must be one of ${spec.choices.join(', ')}; got "${value}".` };
    }
  }
  return { ok: true, values, help: false };
}

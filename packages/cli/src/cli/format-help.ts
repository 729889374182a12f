import type { Command, OptionSpec } from './command.js';

function optionLine(spec: OptionSpec): [string, string] {
  const flag = `${spec.short ? `-${spec.short}, ` : ''}--${spec.name}${spec.type === 'string' ? ` <${spec.valueName ?? 'value'}>` : ''}`;
  const extras = [
    spec.required ? 'required' : '',
    spec.choices ? `one of: ${spec.choices.join(', ')}` : '',
    spec.default !== undefined && spec.default !== false ? `default: ${String(spec.default)}` : '',
  ].filter(Boolean);
  return [flag, extras.length > 0 ? `${spec.description} (${extras.join('; ')})` : spec.description];
}

function table(rows: [string, string][]): string {
  const width = Math.max(0, ...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`).join('\n');
}

export function formatCommandHelp(bin: string, command: Command): string {
  const options = table([...command.options.map(optionLine), ['-h, --help', 'Show this help.']]);
  return [`Usage: ${bin} ${command.usage}`, '', command.summary, '', 'Options:', options, ...(command.details ?? []).flatMap((d) => ['', d]), ''].join(
    '\n',
  );
}

export function formatMainHelp(bin: string, commands: readonly Command[]): string {
  const list = table(commands.map((c) => [c.name, c.summary]));
  return [
    `Usage: ${bin} <command> [options]`,
    '',
    'Commands:',
    list,
    '',
    `Run "${bin} <command> --help" for the options of a command, "${bin} --version" for the version.`,
    '',
  ].join('\n');
}

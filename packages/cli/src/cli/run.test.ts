import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../test/memory-io.js';
import { run } from '../run.js';
import type { Command } from './command.js';
import { EXIT_CODES } from './exit-codes.js';
import { runCommands } from './run.js';

describe('run', () => {
  it('prints the command list for --help and exits 0', async () => {
    const io = memoryIo();
    expect(await run(['--help'], io)).toBe(EXIT_CODES.ok);
    expect(io.out.join('')).toMatch(/Usage: mentor-match <command>/);
    expect(io.out.join('')).toMatch(/pairs\s+Suggest mentor–mentee pairs/);
    expect(io.out.join('')).toMatch(/"mentor-match --version" for the version/);
  });

  it('exits 2 with the command list when no command is given', async () => {
    const io = memoryIo();
    expect(await run([], io)).toBe(EXIT_CODES.usage);
    expect(io.errText()).toMatch(/Commands:/);
  });

  it('exits 2 on an unknown command, an unknown option, a missing option or a bad choice', async () => {
    const cases: [string[], RegExp][] = [
      [['pears'], /Unknown command "pears"/],
      [['pairs', '--mentors', 'a.csv', '--mentees', 'b.csv', '--colour', 'red'], /colour/],
      [['pairs', '--mentees', 'b.csv'], /--mentors is required/],
      [['pairs', '--mentors', 'a.csv', '--mentees', 'b.csv', '--strategy', 'random'], /--strategy must be one of optimal, greedy/],
    ];
    for (const [argv, message] of cases) {
      const io = memoryIo();
      expect(await run(argv, io)).toBe(EXIT_CODES.usage);
      expect(io.errText()).toMatch(message);
    }
  });

  it('documents every option of pairs, the output formats and the mapping format in --help', async () => {
    const io = memoryIo();
    expect(await run(['pairs', '--help'], io)).toBe(EXIT_CODES.ok);
    const help = io.out.join('');
    for (const option of ['mentors', 'mentees', 'programme', 'pins', 'exclusions', 'existing', 'map', 'delimiter', 'strategy', 'allow-invalid', 'out', 'format', 'lang']) {
      expect(help).toContain(`--${option}`);
    }
    // The options are listed below the usage line, so it cannot leave any out.
    expect(help).toMatch(/^Usage: mentor-match pairs --mentors <file> --mentees <file> \[options\]$/m);
    expect(help).toMatch(/Column mapping/);
    expect(help).toMatch(/"\$defaults"/);
    expect(help).toMatch(/Exit codes/);
    expect(help).toMatch(/= \+ - @/);
  });

  it('turns a throwing command into exit code 1 with its message, without throwing', async () => {
    const failing: Command = {
      name: 'boom',
      summary: 'fails',
      usage: 'boom',
      options: [],
      execute: async () => {
        throw new Error('disk full');
      },
    };
    const io = memoryIo();
    expect(await runCommands(['boom'], io, { commands: [failing] })).toBe(EXIT_CODES.rejected);
    expect(io.errText()).toBe('mentor-match boom: disk full\n');
  });
});

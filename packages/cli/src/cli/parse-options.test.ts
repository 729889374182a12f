import { describe, expect, it } from 'vitest';
import type { OptionSpec } from './command.js';
import { parseOptions } from './parse-options.js';

const specs: OptionSpec[] = [
  { name: 'in', type: 'string', required: true, description: 'input' },
  { name: 'mode', type: 'string', choices: ['a', 'b'], default: 'a', description: 'mode' },
  { name: 'force', type: 'boolean', description: 'force' },
];

describe('parseOptions', () => {
  it('fills defaults and reads flags', () => {
    expect(parseOptions(['--in', 'x.csv', '--force'], specs)).toEqual({ ok: true, help: false, values: { in: 'x.csv', mode: 'a', force: true } });
  });

  it('accepts --name=value', () => {
    const parsed = parseOptions(['--in=x.csv', '--mode=b'], specs);
    expect(parsed.ok && parsed.values['mode']).toBe('b');
  });

  it('asks for help before checking required options', () => {
    expect(parseOptions(['-h'], specs)).toMatchObject({ ok: true, help: true });
  });

  it('rejects positionals, unknown options, missing values and choices', () => {
    expect(parseOptions(['--in', 'x', 'extra'], specs).ok).toBe(false);
    expect(parseOptions(['--in', 'x', '--nope'], specs).ok).toBe(false);
    expect(parseOptions(['--in'], specs).ok).toBe(false);
    expect(parseOptions(['--in', 'x', '--mode', 'c'], specs)).toEqual({ ok: false, message: 'Option --mode must be one of a, b; got "c".' });
  });
});

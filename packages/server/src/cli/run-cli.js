// @ts-check
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/load-config.js';
import { openDatabase } from '../db/open-database.js';
import { runMigrations } from '../db/run-migrations.js';
import { startService } from '../start-service.js';
import { runAddCoordinator } from '../coordinator/add-coordinator-command.js';

export const VERSION = /** @type {{ version: string }} */ (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))).version;

/** Subcommands: each reads the configuration, does its work and returns an exit code. */
export const COMMANDS = Object.freeze({
  serve: 'start the service (the default)',
  migrate: 'apply pending database migrations and exit',
  'add-coordinator': 'create a coordinator account (--email; password from standard input)',
});

export const USAGE = `Usage: mentor-finder-server [command] [--config <file>]

Commands:
${Object.entries(COMMANDS)
  .map(([name, text]) => `  ${name.padEnd(10)} ${text}`)
  .join('\n')}

Options:
  --config <file>  JSON configuration file (or MF_CONFIG); environment variables win
  --email <address> the coordinator's address (add-coordinator)
  --help           show this text
  --version        show the version

Settings are MF_* environment variables; see packages/server/README.md for the table.
`;

/**
 * @typedef {{ env: Record<string, string | undefined>, cwd: string, stdout: { write(text: string): unknown }, stderr: { write(text: string): unknown },
 *   stdin?: import('../coordinator/add-coordinator-command.js').PasswordInput }} Io
 * @typedef {{ code: number } | { code: null, service: import('../start-service.js').RunningService }} CliResult
 *   `code: null` while the service runs
 */

/**
 * @param {string[]} argv arguments after the program name
 * @param {Io} io
 * @returns {Promise<CliResult>}
 */
export async function runCli(argv, io) {
  /** @type {{ values: { config?: string, email?: string, help?: boolean, version?: boolean }, positionals: string[] }} */
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { config: { type: 'string' }, email: { type: 'string' }, help: { type: 'boolean' }, version: { type: 'boolean' } } });
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return { code: 2 };
  }
  if (parsed.values.help) {
    io.stdout.write(USAGE);
    return { code: 0 };
  }
  if (parsed.values.version) {
    io.stdout.write(`${VERSION}\n`);
    return { code: 0 };
  }
  const [command = 'serve', ...rest] = parsed.positionals;
  if (!Object.hasOwn(COMMANDS, command) || rest.length > 0) {
    io.stderr.write(`Unknown command: ${[command, ...rest].join(' ')}\n\n${USAGE}`);
    return { code: 2 };
  }

  try {
    return await runCommand(command, parsed.values, io);
  } catch (error) {
    // A setting that cannot work (the environment, the config file, a data folder it cannot write): one message, exit 78.
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`Configuration error: ${error.message}\n`);
    return { code: 78 };
  }
}

/**
 * Runs a known command with the configuration; a ConfigError goes to the caller.
 * @param {string} command
 * @param {{ config?: string, email?: string }} values
 * @param {Io} io
 * @returns {Promise<CliResult>}
 */
async function runCommand(command, values, io) {
  const config = loadConfig({ env: io.env, cwd: io.cwd, ...(values.config ? { configFile: values.config } : {}) });

  if (command === 'migrate') {
    const db = openDatabase(config.dataDir);
    try {
      const { applied, version } = runMigrations(db);
      io.stdout.write(applied.length > 0 ? `Applied ${applied.join(', ')}; schema version ${version}\n` : `Schema is current (version ${version})\n`);
      return { code: 0 };
    } catch (error) {
      io.stderr.write(`Migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
      return { code: 1 };
    } finally {
      db.close();
    }
  }

  if (command === 'add-coordinator') {
    return { code: await runAddCoordinator({ email: values.email, dataDir: config.dataDir, stdin: io.stdin, stdout: io.stdout, stderr: io.stderr }) };
  }

  try {
    const service = await startService(config);
    service.app.log.info({ url: service.url, publicBaseUrl: config.publicBaseUrl, mode: config.mode, version: VERSION, mail: service.mailEnabled }, 'listening');
    return { code: null, service };
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    io.stderr.write(`Could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    return { code: 1 };
  }
}

#!/usr/bin/env node
// @ts-check
// The only file of the server that touches process: arguments, environment, signals, exit code.
import { existsSync } from 'node:fs';
import { WIDGET_BUILD_COMMAND } from '../src/handle-static.mjs';
import { parseServerArgs, SERVER_USAGE } from '../src/server-options.mjs';
import { startServer } from '../src/start-server.mjs';

const { options, help, errors } = parseServerArgs(process.argv.slice(2), process.env, process.cwd());
if (help) {
  process.stdout.write(SERVER_USAGE);
  process.exit(0);
}
if (errors.length > 0) {
  process.stderr.write(`${errors.join('\n')}\n\n${SERVER_USAGE}`);
  process.exit(2);
}

let server;
try {
  server = await startServer(options);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Could not start the server: ${message}\n`);
  process.exit(1);
}

const { url, directory } = server;
const lines = [
  'Mentor Finder reference server',
  `  National site:     ${url}`,
  `  Coordinator page:  ${url}coordinator/${existsSync(options.coordinatorDir) ? '' : ' (examples/coordinator/ is not there yet)'}`,
  `  Pair preview:      ${url}mentor-pair-preview.js and ${url}mentor-pair-worker.js`,
  `  Cohort data:       ${url}data/mentors.json, data/mentees.json, data/programmes.json`,
  '                     (full records with private fields: loopback clients only, Cache-Control: no-store)',
  `  Outbox (demo):     ${url}api/outbox (loopback clients only)`,
  `  Public mentors:    ${url}mentors.public.json (${directory.publicCount} of ${directory.totalCount} records published)`,
  `  Contact endpoint:  POST ${url}api/contact-requests`,
  `  Database:          ${server.databaseFile}`,
  `  Mentor records:    ${options.mentorsFile}`,
];
if (directory.errors.length > 0) {
  lines.push(`  Warning: ${directory.errors.length} validation error(s) in the mentor file; those records are left out.`);
}
if (!server.widgetBuilt) {
  lines.push('  Warning: the widget bundle is not built; /mentor-finder.js answers 503. Run: npm run build -w @mentor-finder/widget');
}
if (!server.pairPreviewBuilt) {
  lines.push(`  Warning: the pair preview bundle is not built; its URLs answer 503. Run: ${WIDGET_BUILD_COMMAND}`);
}
lines.push('Press Ctrl+C to stop.');
process.stdout.write(`${lines.join('\n')}\n`);

let stopping = false;
/** @param {NodeJS.Signals} signal */
const stop = (signal) => {
  if (stopping) process.exit(1);
  stopping = true;
  process.stdout.write(`${signal}: finishing open requests, then closing the database.\n`);
  server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

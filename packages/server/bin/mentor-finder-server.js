#!/usr/bin/env node
// @ts-check
// The only file of the server that touches process: arguments, environment, signals, exit code.
import { runCli } from '../src/cli/run-cli.js';

const result = await runCli(process.argv.slice(2), { env: process.env, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
if (result.code !== null) process.exit(result.code);

const { service } = result;
let stopping = false;
/** @param {NodeJS.Signals} signal */
const stop = (signal) => {
  if (stopping) process.exit(1);
  stopping = true;
  service.app.log.info({ signal }, 'shutting down: finishing requests in flight and mail being sent');
  service.close().then(
    () => process.exit(0),
    (error) => {
      process.stderr.write(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

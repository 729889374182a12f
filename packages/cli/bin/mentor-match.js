#!/usr/bin/env node
import { nodeIo, run } from '../dist/main.js';

// A reader that stops early (`| head`) ends the run quietly, as other command-line tools do.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
process.exitCode = await run(process.argv.slice(2), nodeIo({ cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr }));

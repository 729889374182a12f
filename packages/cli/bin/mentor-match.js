#!/usr/bin/env node
import { nodeIo, run } from '../dist/main.js';

process.exitCode = await run(process.argv.slice(2), nodeIo({ cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr }));

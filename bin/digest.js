#!/usr/bin/env node
// A dumb wrapper: run the CLI with this process's I/O and set the exit code (never process.exit,
// which can cut output to a pipe short).
import { run } from '../dist/cli/main.js';
import { processIo } from '../dist/cli/io.js';

process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await run(process.argv.slice(2), processIo());

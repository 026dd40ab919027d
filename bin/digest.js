#!/usr/bin/env node
// A dumb wrapper: run the CLI with this process's I/O and set the exit code. Output to a closed
// pipe (`| head`) ends quietly; an interrupt removes half-written files and exits 130.
import { run } from '../dist/cli/main.js';
import { processIo } from '../dist/cli/io.js';
import { removePendingSync } from '../dist/output/pending.js';

for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') {
      removePendingSync();
      process.exit(0);
    }
    throw error;
  });
}
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.on(signal, () => {
    removePendingSync();
    process.exit(code);
  });
}
process.exitCode = await run(process.argv.slice(2), processIo());

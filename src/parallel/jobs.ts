/** How many threads a build or a parse runs on, and from how much work on. */
import { availableParallelism } from 'node:os';

/** Below this many files, threads cost more than they save. */
export const MIN_ITEMS_FOR_THREADS = 64;

/** The default number of jobs: the machine's cores. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

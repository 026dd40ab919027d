/** How many threads a build or a parse runs on, and from how much work on. */
import { availableParallelism } from 'node:os';

/** Below this many files, threads cost more than they save. */
export const MIN_ITEMS_FOR_THREADS = 64;

/**
 * The default number of jobs: one fewer than the machine's cores, at least one. The garbage
 * collector and the compiler run on threads of their own beside each parsing thread, and the main
 * thread also orders and writes the results, so a thread on every core leaves none free for them.
 */
export function defaultJobs(cores = availableParallelism()): number {
  return Math.max(1, cores - 1);
}

/**
 * Parsing many files on several threads. The main thread sends paths in small batches to
 * whichever worker is free and gets JSON text back; results are put back in input order, so
 * the output is the same for any number of threads. Few files, or one job, run in this thread.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { FileResult, ParseSetup } from './parse-files.js';
import { createFileParser } from './parse-files.js';

/** Below this many files, threads cost more than they save. */
export const MIN_FILES_FOR_THREADS = 64;
/** Paths per message. */
export const BATCH = 16;

/** The default number of jobs: the machine's cores. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** Parses `files` ([path to open, path to report]) with `jobs` threads; results in input order. */
export async function parseFiles(files: Array<[string, string]>, setup: ParseSetup, jobs: number, onDone: (n: number) => void): Promise<FileResult[]> {
  if (jobs <= 1 || files.length < MIN_FILES_FOR_THREADS) {
    const parse = createFileParser(setup);
    const out: FileResult[] = [];
    for (const [file, shown] of files) {
      out.push(await parse(file, shown));
      onDone(1);
    }
    return out;
  }
  const results: FileResult[][] = [];
  const batches: Array<Array<[string, string]>> = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
  const workerUrl = new URL('./worker.js', import.meta.url);
  const workers = Array.from({ length: Math.min(jobs, batches.length) }, () => new Worker(workerUrl, { workerData: setup }));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              if (next >= batches.length) {
                resolve();
                return;
              }
              const id = next++;
              worker.postMessage({ id, files: batches[id] });
            };
            worker.on('message', (message: { id: number; json?: string; error?: string }) => {
              if (message.error !== undefined) {
                reject(new Error(message.error));
                return;
              }
              const batch = JSON.parse(message.json ?? '[]') as FileResult[];
              results[message.id] = batch;
              onDone(batch.length);
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.flat();
}

/**
 * A pool of worker threads for a build: parsing files and normalising rendered digests. The main
 * thread hands out small batches to whichever worker is free and gets JSON text back (cheap to
 * pass between threads); results are put back in input order, so the output is the same for any
 * number of threads. With one job, or little work, everything runs in this thread.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { FileResult, ParseSetup } from './parse-files.js';
import { createFileParser } from './parse-files.js';
import { normalizeMarkdown } from '../render/normalize-markdown.js';

/** Below this many items, threads cost more than they save. */
export const MIN_ITEMS_FOR_THREADS = 64;
/** Items per message. */
export const BATCH = 16;

/** The default number of jobs: the machine's cores. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** A task message: parse files, or normalise Markdown texts. */
type Task = { files: Array<[string, string]> } | { texts: string[] };

/** Worker threads started on first use and stopped by `close`. */
export class WorkerPool {
  private workers: Worker[] | undefined;
  private readonly parseLocal: (file: string, shown: string) => Promise<FileResult>;

  constructor(private readonly setup: ParseSetup, private readonly jobs: number) {
    this.parseLocal = createFileParser(setup);
  }

  private start(): Worker[] {
    this.workers ??= Array.from({ length: this.jobs }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData: this.setup }));
    return this.workers;
  }

  private async dispatch<T>(batches: Task[], onBatch: (n: number) => void): Promise<T[][]> {
    const workers = this.start().slice(0, batches.length);
    const results: T[][] = [];
    let next = 0;
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const onMessage = (message: { id: number; json?: string; error?: string }): void => {
              if (message.error !== undefined) {
                cleanup();
                reject(new Error(message.error));
                return;
              }
              const batch = JSON.parse(message.json ?? '[]') as T[];
              results[message.id] = batch;
              onBatch(batch.length);
              send();
            };
            const onError = (error: Error): void => {
              cleanup();
              reject(error);
            };
            const cleanup = (): void => {
              worker.off('message', onMessage);
              worker.off('error', onError);
            };
            const send = (): void => {
              if (next >= batches.length) {
                cleanup();
                resolve();
                return;
              }
              const id = next++;
              worker.postMessage({ id, ...batches[id] });
            };
            worker.on('message', onMessage);
            worker.on('error', onError);
            send();
          }),
      ),
    );
    return results;
  }

  /** Parses files ([path to open, path to report]); results in input order. */
  async parse(files: Array<[string, string]>, onDone: (n: number) => void): Promise<FileResult[]> {
    if (this.jobs <= 1 || files.length < MIN_ITEMS_FOR_THREADS) {
      const out: FileResult[] = [];
      for (const [file, shown] of files) {
        out.push(await this.parseLocal(file, shown));
        onDone(1);
      }
      return out;
    }
    const batches: Task[] = [];
    for (let i = 0; i < files.length; i += BATCH) batches.push({ files: files.slice(i, i + BATCH) });
    return (await this.dispatch<FileResult>(batches, onDone)).flat();
  }

  /** Normalises rendered Markdown texts; results in input order. */
  async normalize(texts: string[]): Promise<string[]> {
    const size = texts.reduce((n, t) => n + t.length, 0);
    if (this.jobs <= 1 || size < 256 * 1024) return texts.map(normalizeMarkdown);
    const batches: Task[] = [];
    // Batches by size, so one thread is not left with the big digests.
    let current: string[] = [];
    let bytes = 0;
    for (const t of texts) {
      current.push(t);
      bytes += t.length;
      if (bytes > 64 * 1024) {
        batches.push({ texts: current });
        current = [];
        bytes = 0;
      }
    }
    if (current.length > 0) batches.push({ texts: current });
    return (await this.dispatch<string>(batches, () => undefined)).flat();
  }

  /** Stops the threads. */
  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = undefined;
    if (workers) await Promise.all(workers.map((w) => w.terminate()));
  }
}

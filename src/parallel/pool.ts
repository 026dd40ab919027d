/**
 * A pool of worker threads for a build: each parses batches of files into the record store and
 * renders batches of digests from it. Little crosses threads: file names and record summaries
 * one way, rendered digests the other. Results come back in input order, so the output is the
 * same for any number of threads. With one job, or little work, everything runs in this thread.
 */
import { Worker } from 'node:worker_threads';
import type { FileResult, ParseSetup, PrintedFile, PrintOptions } from './parse-files.js';
import { TaskRunner, errorFromData, type ErrorData, type RenderSetupData, type TaskMessage } from './tasks.js';
import type { RenderedDigest } from '../render/digest.js';
import { relieveMemory } from './memory.js';
import { MIN_ITEMS_FOR_THREADS } from './jobs.js';
import type { DigestTask, TaskRecord } from '../model/plan.js';
import type { BulletinRecord } from '../model/types.js';

/** Files per message. */
export const BATCH = 16;
/** Records (a digest reads) per render message. */
const RENDER_BATCH = 16;
/** Rendered digests that may wait, in order, for the writer before no more batches are started. */
const MAX_WAITING = 8;
/** Records (of `digest parse`) that may wait, in order, for the writer before no more batches are started. */
const MAX_WAITING_RECORDS = 4 * BATCH;
/**
 * A worker's young generation, in MB. V8's default lets each thread keep tens of megabytes of
 * short-lived objects; a worker's records and digests die young, and a smaller nursery keeps a
 * big build's peak memory lower in about the same time.
 */
const WORKER_YOUNG_MB = 16;

export { defaultJobs } from './jobs.js';

/** What a build runs its work on. */
export interface BuildExecutor {
  /** Parses files ([path to open, path to report]); results in input order. */
  parse(files: Array<[string, string]>, onDone: (n: number) => void): Promise<FileResult[]>;
  /** Renders digests; yields them in task order. */
  render(setup: RenderSetupData, tasks: DigestTask[]): AsyncIterable<RenderedDigest>;
  /** Renders one digest again under a given path (two digests wanted the same name). */
  renderAt(task: DigestTask, path: string): Promise<RenderedDigest>;
  /** Loads a stored record. */
  load(ref: TaskRecord): Promise<BulletinRecord>;
  close(): Promise<void>;
}

interface Reply {
  id: number;
  results?: unknown[];
  error?: ErrorData;
}

/** Worker threads started on first use and stopped by `close`. */
export class WorkerPool implements BuildExecutor {
  private workers: Worker[] | undefined;
  private readonly local: TaskRunner;
  private threaded = false;

  constructor(private readonly setup: ParseSetup, private readonly jobs: number, prebuilt: ConstructorParameters<typeof TaskRunner>[1] = {}) {
    this.local = new TaskRunner(setup, prebuilt);
  }

  /** The worker threads: one fewer than the jobs, for this thread works too. */
  private start(): Worker[] {
    this.workers ??= Array.from({ length: Math.max(0, this.jobs - 1) }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData: this.setup, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } }));
    return this.workers;
  }

  /**
   * Sends messages to whichever thread is free, this one included; calls `onReply` with each
   * message's index and results. Each worker has two messages in hand, so it never waits for
   * this thread to finish a batch of its own.
   */
  private async dispatch(messages: TaskMessage[], onReply: (index: number, results: unknown[]) => void, options: { workers?: Worker[]; local?: boolean; gate?: () => Promise<void> } = {}): Promise<void> {
    const gate = options.gate ?? (() => Promise.resolve());
    const workers = options.workers ?? this.start();
    let next = 0;
    // This thread takes the first message: the workers start cold (loading the code takes them
    // longer than a batch takes this thread), and results leave in order.
    let claimed = options.local === false || messages.length === 0 ? undefined : next++;
    // After a failure no thread takes another message: the build is over.
    let stopped = false;
    const fail = (reject: (error: unknown) => void, error: unknown): void => {
      stopped = true;
      reject(error);
    };
    const remote = workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          let inFlight = 0;
          const onMessage = (reply: Reply): void => {
            inFlight--;
            if (reply.error !== undefined) {
              cleanup();
              fail(reject, errorFromData(reply.error));
              return;
            }
            onReply(reply.id, reply.results ?? []);
            gate().then(send, (error: unknown) => fail(reject, error));
          };
          const onError = (error: Error): void => {
            cleanup();
            fail(reject, error);
          };
          const cleanup = (): void => {
            worker.off('message', onMessage);
            worker.off('error', onError);
          };
          const send = (): void => {
            if (next >= messages.length || stopped) {
              if (inFlight === 0) {
                cleanup();
                resolve();
              }
              return;
            }
            const id = next++;
            inFlight++;
            worker.postMessage({ id, ...messages[id] });
          };
          worker.on('message', onMessage);
          worker.on('error', onError);
          send();
          send();
        }),
    );
    const local = async (): Promise<void> => {
      while (claimed !== undefined || (options.local !== false && next < messages.length && !stopped)) {
        if (claimed === undefined) await gate();
        if (claimed === undefined && (next >= messages.length || stopped)) break;
        const id = claimed ?? next++;
        claimed = undefined;
        const message = messages[id];
        if (message) {
          try {
            onReply(id, await this.local.run(message));
          } catch (error) {
            stopped = true;
            throw error;
          }
        }
        // Let the workers' replies in before the next batch.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    };
    await Promise.all([...remote, local()]);
  }

  async parse(files: Array<[string, string]>, onDone: (n: number) => void): Promise<FileResult[]> {
    this.threaded = this.jobs > 1 && files.length >= MIN_ITEMS_FOR_THREADS;
    if (!this.threaded) {
      const out: FileResult[] = [];
      for (const f of files) {
        out.push(...(await this.local.parse([f])));
        onDone(1);
      }
      return out;
    }
    const messages: TaskMessage[] = [];
    for (let i = 0; i < files.length; i += BATCH) messages.push({ files: files.slice(i, i + BATCH) });
    const results: FileResult[][] = [];
    await this.dispatch(messages, (index, batch) => {
      results[index] = batch as FileResult[];
      onDone(batch.length);
    });
    return results.flat();
  }

  async *render(setup: RenderSetupData, tasks: DigestTask[]): AsyncIterable<RenderedDigest> {
    this.local.configure(setup);
    if (!this.threaded || tasks.length < 2) {
      for (const task of tasks) yield await this.local.render(task);
      return;
    }
    const workers = this.start();
    // Every worker takes the setup once; then digests go out in batches of about RENDER_BATCH records.
    await Promise.all(workers.map((w) => this.dispatch([{ setup }], () => undefined, { workers: [w], local: false })));
    const messages: TaskMessage[] = [];
    const firstIndex: number[] = [];
    let batch: DigestTask[] = [];
    let records = 0;
    tasks.forEach((task, i) => {
      if (batch.length === 0) firstIndex.push(i);
      batch.push(task);
      records += task.records.length;
      if (records >= RENDER_BATCH) {
        messages.push({ tasks: batch });
        batch = [];
        records = 0;
      }
    });
    if (batch.length > 0) messages.push({ tasks: batch });
    yield* this.inOrder<RenderedDigest>(messages, firstIndex, tasks.length, MAX_WAITING);
  }

  /**
   * Parses files for `digest parse`; yields what each gives in input order. With threads, files
   * go out in batches and a small buffer holds the results that come back early, so memory holds
   * a few records however many files there are.
   */
  async *print(files: Array<[string, string]>, options: PrintOptions): AsyncIterable<PrintedFile> {
    if (this.jobs <= 1 || files.length < MIN_ITEMS_FOR_THREADS) {
      for (const f of files) yield* await this.local.print([f], options);
      return;
    }
    const messages: TaskMessage[] = [];
    const firstIndex: number[] = [];
    for (let i = 0; i < files.length; i += BATCH) {
      firstIndex.push(i);
      messages.push({ print: files.slice(i, i + BATCH), options });
    }
    yield* this.inOrder<PrintedFile>(messages, firstIndex, files.length, MAX_WAITING_RECORDS);
  }

  /**
   * Runs messages on every thread and yields their results in order (`firstIndex`: the index of
   * each message's first result). Results arrive in any order; a small buffer holds the early
   * ones, and no new message starts while `limit` results or more wait to be taken.
   */
  private async *inOrder<T>(messages: TaskMessage[], firstIndex: number[], count: number, limit: number): AsyncIterable<T> {
    const ready = new Map<number, T>();
    let failure: { error: unknown } | undefined;
    let wake: (() => void) | undefined;
    const waiting: Array<() => void> = [];
    const gate = async (): Promise<void> => {
      while (ready.size >= limit && !failure) await new Promise<void>((resolve) => waiting.push(resolve));
    };
    const drained = (): void => {
      for (const resolve of waiting.splice(0)) resolve();
    };
    const done = this.dispatch(
      messages,
      (index, results) => {
        results.forEach((r, j) => ready.set((firstIndex[index] ?? 0) + j, r as T));
        wake?.();
      },
      { gate },
    ).catch((error: unknown) => {
      failure = { error };
      wake?.();
      drained();
    });
    for (let i = 0; i < count; i++) {
      let r = ready.get(i);
      while (r === undefined) {
        if (failure) throw failure.error;
        await new Promise<void>((resolve) => (wake = resolve));
        r = ready.get(i);
      }
      ready.delete(i);
      yield r;
      relieveMemory();
      drained();
    }
    await done;
    if (failure) throw failure.error;
  }

  renderAt(task: DigestTask, path: string): Promise<RenderedDigest> {
    return this.local.render(task, path);
  }

  load(ref: TaskRecord): Promise<BulletinRecord> {
    return this.local.parser.load(ref);
  }

  /** Stops the threads. */
  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = undefined;
    if (workers) await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * The work of a build as messages: parse these files, take this render setup, render these
 * digests. `TaskRunner` does it in whatever thread holds it; the pool's workers each hold one,
 * and the main thread holds one for small builds and `--jobs 1`.
 */
import { FileParser, type FileResult, type ParseSetup, type PrintedFile, type PrintOptions } from './parse-files.js';
import { DigestRenderer, type RenderedDigest } from '../render/digest.js';
import { compileTemplate } from '../render/templates.js';
import { FolderStore } from '../cache/store.js';
import { DigestError } from '../model/errors.js';
import { relieveMemory } from './memory.js';
import type { GroupActivity } from '../model/aggregate.js';
import type { DigestTask } from '../model/plan.js';

/** A render setup that can cross threads: the template as text. */
export interface RenderSetupData {
  template: { source: string; file: string; name: string };
  activity: GroupActivity[];
  pageBase: string;
  now?: string;
}

/** A message to a runner. */
export type TaskMessage = { files: Array<[string, string]> } | { print: Array<[string, string]>; options: PrintOptions } | { setup: RenderSetupData } | { tasks: DigestTask[] };

/** A DigestError as plain data, to cross a thread and be thrown again on the other side. */
export interface ErrorData {
  message: string;
  stack?: string;
  digest?: { code: string; exitCode: number; place?: string };
}

export function errorToData(error: unknown): ErrorData {
  const e = error as Error;
  if (error instanceof DigestError) return { message: e.message, digest: { code: error.code, exitCode: error.exitCode, ...(error.place ? { place: error.place } : {}) } };
  return { message: String(e?.message ?? error), ...(e?.stack ? { stack: e.stack } : {}) };
}

export function errorFromData(data: ErrorData): Error {
  if (data.digest) return new DigestError(data.message, data.digest);
  const error = new Error(data.message);
  if (data.stack) error.stack = data.stack;
  return error;
}

/** Runs task messages in one thread. */
export class TaskRunner {
  readonly parser: FileParser;
  private renderer: DigestRenderer | undefined;
  private readonly digests: FolderStore | undefined;

  constructor(setup: ParseSetup, prebuilt: ConstructorParameters<typeof FileParser>[1] = {}) {
    this.parser = new FileParser(setup, prebuilt);
    this.digests = setup.digests ? new FolderStore(setup.digests) : undefined;
  }

  configure(data: RenderSetupData): void {
    const { source, file, name } = data.template;
    this.renderer = new DigestRenderer({ template: compileTemplate(source, file, name), activity: data.activity, pageBase: data.pageBase, ...(data.now ? { now: data.now } : {}) });
  }

  async parse(files: Array<[string, string]>): Promise<FileResult[]> {
    const out: FileResult[] = [];
    for (const [file, shown] of files) out.push(await this.parser.parse(file, shown));
    return out;
  }

  /** Parses files for `digest parse`: their records as JSON text. */
  async print(files: Array<[string, string]>, options: PrintOptions): Promise<PrintedFile[]> {
    const out: PrintedFile[] = [];
    for (const [file, shown] of files) out.push(await this.parser.print(file, shown, options));
    return out;
  }

  /** Renders one digest; `path` forces its file name. */
  async render(task: DigestTask, path?: string): Promise<RenderedDigest> {
    if (!this.renderer) throw new Error('render before configure');
    return this.renderer.render(task, (ref) => this.parser.load(ref), { ...(path ? { path } : {}), ...(this.digests ? { cache: this.digests } : {}) });
  }

  async run(message: TaskMessage): Promise<unknown[]> {
    if ('files' in message) {
      const results = await this.parse(message.files);
      relieveMemory();
      return results;
    }
    if ('print' in message) {
      const results = await this.print(message.print, message.options);
      relieveMemory();
      return results;
    }
    if ('setup' in message) {
      this.configure(message.setup);
      return [];
    }
    const out: RenderedDigest[] = [];
    for (const task of message.tasks) {
      out.push(await this.render(task));
      relieveMemory();
    }
    return out;
  }
}
